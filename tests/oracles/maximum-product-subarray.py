"""Maximum Product Subarray by multiplying out every subarray nums[i..j] from scratch."""


def inputs(rng):
    while True:
        n = rng.randint(1, 10)
        pool = rng.choice([[-1, 0, 1], [-2, -1, 0, 1, 2], list(range(-10, 11)), [-3, -2, -1, 2, 3]])
        yield {"nums": [rng.choice(pool) for _ in range(n)]}


def solve(nums):
    best = None
    for i in range(len(nums)):
        for j in range(i, len(nums)):
            product = 1
            for x in nums[i:j + 1]:
                product *= x
            best = product if best is None else max(best, product)
    return best
