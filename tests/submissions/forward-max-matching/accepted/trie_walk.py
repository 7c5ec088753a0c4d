# A trie of the words (up to max_len deep): one walk per position, remembering the last word end seen.
END = object()


def fmm_segment(text: str, lexicon: list[str], max_len: int | None = None) -> list[str]:
    if max_len is None:
        max_len = max((len(w) for w in lexicon), default=0)
    root: dict = {}
    for word in lexicon:
        if len(word) <= max_len:
            node = root
            for ch in word:
                node = node.setdefault(ch, {})
            node[END] = True
    tokens, i, n = [], 0, len(text)
    while i < n:
        node, j, end = root, i, i + 1
        while j < n and text[j] in node:
            node = node[text[j]]
            j += 1
            if END in node:
                end = j
        tokens.append(text[i:end])
        i = end
    return tokens
