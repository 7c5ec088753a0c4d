# The textbook answer: a set, and at each position lengths from min(max_len, what is left) down to 1.
def fmm_segment(text, lexicon, max_len=None):
    words = set(lexicon)
    if max_len is None:
        max_len = max((len(w) for w in words), default=1)
    result, i = [], 0
    while i < len(text):
        length = 1  # an unknown character stands alone
        for size in range(min(max_len, len(text) - i), 1, -1):
            if text[i:i + size] in words:
                length = size
                break
        result.append(text[i:i + length])
        i += length
    return result
