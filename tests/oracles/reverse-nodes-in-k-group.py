"""Reverse Nodes in k-Group on plain values: slice the values into runs of k, reverse each run of full length, and
concatenate."""


def inputs(rng):
    while True:
        n = rng.randint(1, 12)
        yield {"head": [rng.randint(0, 9) for _ in range(n)], "k": rng.randint(1, n)}


def solve(head, k):
    out = []
    for start in range(0, len(head), k):
        run = head[start:start + k]
        out.extend(reversed(run) if len(run) == k else run)
    return out
