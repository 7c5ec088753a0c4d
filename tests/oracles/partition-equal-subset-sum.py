"""Partition Equal Subset Sum by trying every subset: is there one whose sum is exactly the rest's?"""
from itertools import combinations


def inputs(rng):
    while True:
        n = rng.randint(1, 12)
        high = rng.choice([3, 10, 100])
        yield {"nums": [rng.randint(1, high) for _ in range(n)]}


def solve(nums):
    n = len(nums)
    for size in range(n + 1):
        for chosen in combinations(range(n), size):
            inside = sum(nums[i] for i in chosen)
            outside = sum(nums[i] for i in range(n) if i not in chosen)
            if inside == outside:
                return True
    return False
