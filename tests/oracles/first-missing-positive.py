"""First Missing Positive by counting up from 1 until a number is not in the list."""


def inputs(rng):
    while True:
        n = rng.randint(1, 10)
        pool = rng.choice(((-3, n + 2), (1, n), (0, 2 * n), (-2**31, 2**31 - 1), (1, 3)))
        yield {"nums": [rng.randint(*pool) for _ in range(n)]}


def solve(nums):
    k = 1
    while k in nums:
        k += 1
    return k
