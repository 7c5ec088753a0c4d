"""A plain function: every letter's [first, last] interval, sorted by first and merged (LC56); the merged lengths."""


def partition_labels(s):
    span = {}
    for i, c in enumerate(s):
        span[c] = (span[c][0], i) if c in span else (i, i)
    sizes = []
    lo, hi = None, None
    for a, b in sorted(span.values()):
        if lo is not None and a > hi:
            sizes.append(hi - lo + 1)
            lo = None
        if lo is None:
            lo, hi = a, b
        else:
            hi = max(hi, b)
    sizes.append(hi - lo + 1)
    return sizes
