"""Next Permutation by listing every distinct arrangement of the numbers in order and taking the one after nums
(the first one after the last)."""
from itertools import permutations


def inputs(rng):
    while True:
        n = rng.randint(1, 7)
        high = rng.choice([1, 2, 3, 100])
        yield {"nums": [rng.randint(0, high) for _ in range(n)]}


def solve(nums):
    arrangements = sorted(set(permutations(nums)))
    at = arrangements.index(tuple(nums))
    return list(arrangements[(at + 1) % len(arrangements)])
