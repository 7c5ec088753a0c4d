"""Product of Array Except Self by multiplying, for each index, every other element; on short arrays that often
hold one or two zeros."""


def inputs(rng):
    while True:
        n = rng.randint(2, 9)
        nums = [rng.randint(-5, 5) for _ in range(n)]
        if rng.random() < 0.3:
            nums = [rng.choice([-1, 1, 2, -3, 30, -30]) for _ in range(n)]
            for i in rng.sample(range(n), rng.randint(0, 2)):
                nums[i] = 0
        if all(fits(p) for p in products(nums)):
            yield {"nums": nums}


def products(nums):
    """Every prefix and suffix product, and every answer: the constraint is that they fit in 32 bits."""
    found = []
    for k in range(len(nums) + 1):
        found.append(multiply(nums[:k]))
        found.append(multiply(nums[k:]))
    return found + solve(nums)


def fits(p):
    return -2**31 <= p < 2**31


def multiply(values):
    result = 1
    for v in values:
        result *= v
    return result


def solve(nums):
    return [multiply(nums[:i] + nums[i + 1:]) for i in range(len(nums))]
