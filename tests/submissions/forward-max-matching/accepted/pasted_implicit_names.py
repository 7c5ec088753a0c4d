# Pasted with no imports: a defaultdict of word sets by first character, with the predefined List/Optional.
def fmm_segment(text: str, lexicon: List[str], max_len: Optional[int] = None) -> List[str]:
    by_first = defaultdict(set)
    for w in lexicon:
        if max_len is None or len(w) <= max_len:
            by_first[w[0]].add(w)
    out: List[str] = []
    i = 0
    while i < len(text):
        best = text[i]
        for w in by_first.get(text[i], ()):
            if len(w) > len(best) and text.startswith(w, i):
                best = w
        out.append(best)
        i += len(best)
    return out
