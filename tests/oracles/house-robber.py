"""House Robber by trying every subset of the houses, keeping those with no two adjacent ones."""


def inputs(rng):
    while True:
        n = rng.randint(1, 12)
        high = rng.choice([3, 10, 400])
        yield {"nums": [rng.randint(0, high) for _ in range(n)]}


def solve(nums):
    n = len(nums)
    best = 0
    for mask in range(1 << n):
        chosen = [i for i in range(n) if mask >> i & 1]
        if all(b - a > 1 for a, b in zip(chosen, chosen[1:])):
            best = max(best, sum(nums[i] for i in chosen))
    return best
