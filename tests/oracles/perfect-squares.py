"""Perfect Squares by trying every multiset of squares: for k = 1, 2, ... the first k for which some k squares
(repetitions allowed) add up to n."""

from itertools import combinations_with_replacement


def inputs(rng):
    while True:
        yield {"n": rng.randint(1, 200)}


def solve(n):
    squares = [k * k for k in range(1, n + 1) if k * k <= n]
    k = 1
    while True:
        if any(sum(chosen) == n for chosen in combinations_with_replacement(squares, k)):
            return k
        k += 1
