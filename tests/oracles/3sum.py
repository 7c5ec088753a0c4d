"""3Sum by trying every three positions and keeping each sorted triple of values once, on small arrays over a
narrow range (zeros, repeats and negatives are common)."""

from itertools import combinations


def inputs(rng):
    while True:
        n = rng.randint(3, 12)
        spread = rng.choice([1, 3, 6, 20])
        yield {"nums": [rng.randint(-spread, spread) for _ in range(n)]}


def solve(nums):
    found = []
    for i, j, k in combinations(range(len(nums)), 3):
        if nums[i] + nums[j] + nums[k] == 0:
            triple = sorted((nums[i], nums[j], nums[k]))
            if triple not in found:
                found.append(triple)
    return found
