# max(len(w) for w in lexicon) with no default: ValueError when the lexicon is empty and max_len is left out.
def fmm_segment(text, lexicon, max_len=None):
    words = set(lexicon)
    if max_len is None:
        max_len = max(len(w) for w in lexicon)
    tokens, i = [], 0
    while i < len(text):
        for length in range(min(max_len, len(text) - i), 0, -1):
            if text[i:i + length] in words or length == 1:
                tokens.append(text[i:i + length])
                i += length
                break
    return tokens
