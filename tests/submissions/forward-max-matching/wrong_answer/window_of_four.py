# Defaults max_len to 4 ("Chinese words are at most four characters"), not to the longest word.
def fmm_segment(text, lexicon, max_len=None):
    words = set(lexicon)
    max_len = max_len or 4
    tokens, i = [], 0
    while i < len(text):
        for length in range(min(max_len, len(text) - i), 0, -1):
            if text[i:i + length] in words or length == 1:
                tokens.append(text[i:i + length])
                i += length
                break
    return tokens
