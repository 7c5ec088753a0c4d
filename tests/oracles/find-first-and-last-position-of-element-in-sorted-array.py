"""Find First and Last Position by looking at every index: collect the indices holding the target, answer the
smallest and the largest. Small sorted arrays (empty included) of few distinct values, so that runs are common;
the target drawn from the values or around them."""


def inputs(rng):
    while True:
        n = rng.randint(0, 10)
        nums = sorted(rng.randint(-4, 4) for _ in range(n))
        target = rng.choice(nums) if nums and rng.random() < 0.5 else rng.randint(-6, 6)
        yield {"nums": nums, "target": target}


def solve(nums, target):
    where = [i for i in range(len(nums)) if nums[i] == target]
    if not where:
        return [-1, -1]
    return [min(where), max(where)]
