"""Search Insert Position by counting: the insert position of `target` in a sorted list of distinct values is the
number of values smaller than it (whether or not it is present). Small sorted arrays of distinct values, the
target drawn from the values, from the gaps between them, or beyond both ends."""


def inputs(rng):
    while True:
        n = rng.randint(1, 8)
        nums = sorted(rng.sample(range(-15, 16), n))
        target = rng.choice(nums) if rng.random() < 0.4 else rng.randint(-17, 17)
        yield {"nums": nums, "target": target}


def solve(nums, target):
    count = 0
    for value in nums:
        if value < target:
            count += 1
    return count
