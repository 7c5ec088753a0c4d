"""Swap Nodes in Pairs on plain values: position i of the answer holds value i ^ 1 of the input, except a last odd
one, which stays."""


def inputs(rng):
    while True:
        yield {"head": [rng.randint(0, 9) for _ in range(rng.randint(0, 11))]}


def solve(head):
    n = len(head)
    return [head[i ^ 1] if (i ^ 1) < n else head[i] for i in range(n)]
