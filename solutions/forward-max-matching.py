def fmm_segment(text: str, lexicon: list[str], max_len: int | None = None) -> list[str]:
    """Forward maximum matching: at each position take the longest lexicon word (of at most max_len characters)
    that starts there; a character that starts no word is a token of its own."""
    words = set(lexicon)
    if max_len is None:
        max_len = max(map(len, words), default=1)
    lengths = sorted({len(w) for w in words if len(w) <= max_len}, reverse=True)
    tokens, i, n = [], 0, len(text)
    while i < n:
        for length in lengths:
            if i + length <= n and text[i:i + length] in words:
                break
        else:
            length = 1
        tokens.append(text[i:i + length])
        i += length
    return tokens
