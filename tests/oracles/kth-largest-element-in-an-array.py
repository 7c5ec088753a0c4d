"""Kth Largest Element by counting, for every value, how many values are strictly greater and how many are equal:
the answer is the value with fewer than k greater ones and at least k greater-or-equal ones. Short lists over
narrow ranges, so that duplicates are common, and every k from 1 to n."""


def inputs(rng):
    while True:
        n = rng.randint(1, 12)
        low = rng.randint(-10**4, 10**4)
        high = min(10**4, low + rng.choice([0, 1, 3, 10, 20000]))
        nums = [rng.randint(low, high) for _ in range(n)]
        yield {"nums": nums, "k": rng.randint(1, n)}


def solve(nums, k):
    for v in nums:
        greater = sum(1 for x in nums if x > v)
        at_least = sum(1 for x in nums if x >= v)
        if greater < k <= at_least:
            return v
