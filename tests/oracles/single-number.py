"""Single Number by brute force, for `shousi check`: for each element, count its occurrences by comparing it with
every element; the one counted once is the answer. Small arrays, often with negatives and zero."""


def inputs(rng):
    while True:
        low, high = rng.choice([(-5, 5), (-30000, 30000), (-3, -1), (0, 10)])
        pairs = rng.randint(0, min(4, high - low))
        values = rng.sample(range(low, high + 1), pairs + 1)
        nums = values[1:] * 2 + values[:1]
        rng.shuffle(nums)
        yield {"nums": nums}


def solve(nums):
    for x in nums:
        if sum(1 for y in nums if y == x) == 1:
            return x
    raise AssertionError("no value appears once")
