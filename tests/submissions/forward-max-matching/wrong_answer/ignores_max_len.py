# Always uses the longest word in the lexicon as the window, whatever max_len says.
def fmm_segment(text, lexicon, max_len=None):
    words = set(lexicon)
    window = max((len(w) for w in words), default=1)
    tokens, i = [], 0
    while i < len(text):
        for length in range(min(window, len(text) - i), 0, -1):
            if text[i:i + length] in words or length == 1:
                tokens.append(text[i:i + length])
                i += length
                break
    return tokens
