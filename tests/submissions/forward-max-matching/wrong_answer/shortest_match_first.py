# Tries lengths from 1 upwards and takes the first word found: minimum matching, not maximum.
def fmm_segment(text, lexicon, max_len=None):
    words = set(lexicon)
    if max_len is None:
        max_len = max((len(w) for w in words), default=1)
    tokens, i = [], 0
    while i < len(text):
        length = 1
        for size in range(1, min(max_len, len(text) - i) + 1):
            if text[i:i + size] in words:
                length = size
                break
        tokens.append(text[i:i + length])
        i += length
    return tokens
