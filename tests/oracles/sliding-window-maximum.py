"""Sliding Window Maximum by taking max() of every window, on short arrays of small values (ties common) and
every width from 1 to n."""


def inputs(rng):
    while True:
        n = rng.randint(1, 14)
        span = rng.choice([0, 1, 3, 10, 10**4])
        nums = [rng.randint(-span, span) for _ in range(n)]
        yield {"nums": nums, "k": rng.randint(1, n)}


def solve(nums, k):
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
