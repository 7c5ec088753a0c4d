# Splits the text on white space first, then matches each piece: the spaces themselves vanish.
def fmm_segment(text, lexicon, max_len=None):
    words = set(lexicon)
    if max_len is None:
        max_len = max((len(w) for w in words), default=1)
    tokens = []
    for piece in text.split():
        i = 0
        while i < len(piece):
            for length in range(min(max_len, len(piece) - i), 0, -1):
                if piece[i:i + length] in words or length == 1:
                    tokens.append(piece[i:i + length])
                    i += length
                    break
    return tokens
