# A plain function that keeps the current interval in two variables and returns tuples (a tuple is a list here).
def merge(intervals):
    out = []
    start, end = None, None
    for s, e in sorted(intervals):
        if start is not None and s <= end:
            end = max(end, e)
        else:
            if start is not None:
                out.append((start, end))
            start, end = s, e
    out.append((start, end))
    return out
