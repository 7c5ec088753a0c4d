# Off by one at the end: the window is clipped to len(text) - i - 1, so a word ending on the last character is missed.
def fmm_segment(text, lexicon, max_len=None):
    words = set(lexicon)
    if max_len is None:
        max_len = max((len(w) for w in words), default=1)
    tokens, i = [], 0
    while i < len(text):
        length = 1
        for size in range(min(max_len, len(text) - i - 1), 0, -1):
            if text[i:i + size] in words:
                length = size
                break
        tokens.append(text[i:i + length])
        i += length
    return tokens
