# Glues consecutive unknown characters into one token ("NLP！"), instead of one token per character.
def fmm_segment(text, lexicon, max_len=None):
    words = set(lexicon)
    if max_len is None:
        max_len = max((len(w) for w in words), default=1)
    tokens, i, unknown = [], 0, ""
    while i < len(text):
        for length in range(min(max_len, len(text) - i), 0, -1):
            if text[i:i + length] in words:
                if unknown:
                    tokens.append(unknown)
                    unknown = ""
                tokens.append(text[i:i + length])
                i += length
                break
        else:
            unknown += text[i]
            i += 1
    if unknown:
        tokens.append(unknown)
    return tokens
