"""Two Sum by trying every pair, on small arrays built to have exactly one answer."""

from itertools import combinations


def inputs(rng):
    while True:
        n = rng.randint(2, 12)
        nums = [rng.randint(-20, 20) for _ in range(n)]
        i, j = rng.sample(range(n), 2)
        target = nums[i] + nums[j]
        if sum(a + b == target for a, b in combinations(nums, 2)) == 1:
            yield {"nums": nums, "target": target}


def solve(nums, target):
    for i, j in combinations(range(len(nums)), 2):
        if nums[i] + nums[j] == target:
            return [i, j]
