"""A plain function with one row of counts, over the shorter side."""


def unique_paths(m, n):
    short, long_ = min(m, n), max(m, n)
    row = [1] * short
    for _ in range(long_ - 1):
        for j in range(1, short):
            row[j] += row[j - 1]
    return row[-1]
