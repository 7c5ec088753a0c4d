"""Partition Labels by trying every set of cut points (2^(n-1) partitions): a partition is valid when no letter
appears in two parts, and the answer is the valid one with the most parts (the finest valid partition is unique).
Short strings over a few letters."""
from itertools import combinations


def inputs(rng):
    while True:
        n = rng.randint(1, 11)
        letters = "abcdefghijklmnopqrstuvwxyz"[:rng.choice([1, 2, 3, 5, 26])]
        yield {"s": "".join(rng.choice(letters) for _ in range(n))}


def solve(s):
    n = len(s)
    for parts in range(n, 0, -1):
        for cuts in combinations(range(1, n), parts - 1):
            bounds = (0,) + cuts + (n,)
            pieces = [s[bounds[j]:bounds[j + 1]] for j in range(parts)]
            if all(not set(pieces[a]) & set(pieces[b]) for a in range(parts) for b in range(a + 1, parts)):
                return [len(p) for p in pieces]
