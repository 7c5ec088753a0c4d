"""A plain function without last indices: counts the letters still to come; a part closes when no letter it has
opened occurs later (the set of open letters is empty)."""
from collections import Counter


def partition_labels(s):
    left = Counter(s)
    open_letters = set()
    sizes = []
    size = 0
    for c in s:
        open_letters.add(c)
        left[c] -= 1
        size += 1
        if left[c] == 0:
            open_letters.discard(c)
        if not open_letters:
            sizes.append(size)
            size = 0
    return sizes
