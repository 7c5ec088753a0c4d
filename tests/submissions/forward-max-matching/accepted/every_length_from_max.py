# The slowest accepted: always tries every length from max_len down to 1 (no clipping at the end, no skipping
# absent lengths), building each candidate character by character.
def fmm_segment(text, lexicon, max_len=None):
    if max_len is None:
        max_len = 0
        for w in lexicon:
            if len(w) > max_len:
                max_len = len(w)
    words = {}
    for w in lexicon:
        words[w] = True
    tokens = []
    i = 0
    while i < len(text):
        match = text[i]
        length = max_len
        while length >= 1:
            candidate = ""
            for k in range(i, min(i + length, len(text))):
                candidate += text[k]
            if len(candidate) == length and candidate in words:
                match = candidate
                break
            length -= 1
        tokens.append(match)
        i += len(match)
    return tokens
