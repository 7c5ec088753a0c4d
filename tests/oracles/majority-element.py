"""Majority Element by brute force, for `shousi check`: for each value, count its copies by comparing it with every
element, and return the one counted more than n / 2 times. Small arrays, with negatives and near ties."""


def inputs(rng):
    while True:
        n = rng.randint(1, 9)
        low, high = rng.choice([(-3, 3), (-10**9, 10**9), (1, 2), (-5, -1)])
        majority = rng.randint(low, high)
        nums = [majority] * (n // 2 + 1) + [rng.randint(low, high) for _ in range(n - n // 2 - 1)]
        rng.shuffle(nums)
        yield {"nums": nums}


def solve(nums):
    for x in nums:
        if sum(1 for y in nums if y == x) * 2 > len(nums):
            return x
    raise AssertionError("no majority")
