# Skips characters that start no lexicon word instead of emitting them.
def fmm_segment(text, lexicon, max_len=None):
    words = set(lexicon)
    if max_len is None:
        max_len = max((len(w) for w in words), default=1)
    tokens, i = [], 0
    while i < len(text):
        for length in range(min(max_len, len(text) - i), 0, -1):
            if text[i:i + length] in words:
                tokens.append(text[i:i + length])
                i += length
                break
        else:
            i += 1
    return tokens
