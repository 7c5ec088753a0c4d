# Backward maximum matching (from the right end), a different algorithm: 研究/生命/的/起源.
def fmm_segment(text, lexicon, max_len=None):
    words = set(lexicon)
    if max_len is None:
        max_len = max((len(w) for w in words), default=1)
    tokens, j = [], len(text)
    while j > 0:
        for length in range(min(max_len, j), 0, -1):
            if text[j - length:j] in words or length == 1:
                tokens.append(text[j - length:j])
                j -= length
                break
    return tokens[::-1]
