"""Climbing Stairs by listing every sequence of 1- and 2-moves of every length and counting those that sum to n."""

import itertools


def inputs(rng):
    while True:
        yield {"n": rng.randint(1, 13)}


def solve(n):
    return sum(1 for length in range(n + 1) for moves in itertools.product((1, 2), repeat=length)
               if sum(moves) == n)
