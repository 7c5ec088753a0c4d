# Tries every substring length up to the end of the text at every position, looking each one up in the list.
def fmm_segment(text, lexicon, max_len=None):
    limit = max_len if max_len is not None else len(text)
    tokens, i = [], 0
    while i < len(text):
        match = text[i]
        for end in range(len(text), i + 1, -1):
            if end - i <= limit and text[i:end] in lexicon:
                match = text[i:end]
                break
        tokens.append(match)
        i += len(match)
    return tokens
