"""Find the Duplicate Number by comparing every pair of positions (on a list it never changes)."""


def inputs(rng):
    while True:
        n = rng.randint(1, 10)
        duplicate = rng.randint(1, n)
        copies = rng.randint(2, n + 1)
        others = rng.sample([v for v in range(1, n + 1) if v != duplicate], n + 1 - copies)
        nums = [duplicate] * copies + others
        rng.shuffle(nums)
        yield {"nums": nums}


def solve(nums):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] == nums[j]:
                return nums[i]
    raise AssertionError("no duplicate")
