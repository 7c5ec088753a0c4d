"""Subarray Sum Equals K by summing every non-empty subarray, on short arrays of small values (negatives and zeros
common) and targets near their sums, zero included."""


def inputs(rng):
    while True:
        n = rng.randint(1, 12)
        span = rng.choice([1, 2, 3, 10, 1000])
        nums = [rng.randint(-span, span) for _ in range(n)]
        k = rng.choice([0, rng.randint(-2 * span, 2 * span), sum(nums[rng.randrange(n):])])
        yield {"nums": nums, "k": k}


def solve(nums, k):
    n = len(nums)
    return sum(1 for i in range(n) for j in range(i + 1, n + 1) if sum(nums[i:j]) == k)
