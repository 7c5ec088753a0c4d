"""Jump Game by brute force, for `shousi check`: a search over every index reachable from 0, trying every jump
length from every index visited. Small arrays, rich in zeros."""


def inputs(rng):
    while True:
        n = rng.randint(1, 9)
        yield {"nums": [rng.choice([0, 0, 1, 2, 3, rng.randint(0, 10**5)]) for _ in range(n)]}


def solve(nums):
    seen = {0}
    stack = [0]
    while stack:
        i = stack.pop()
        for step in range(1, nums[i] + 1):
            j = i + step
            if j < len(nums) and j not in seen:
                seen.add(j)
                stack.append(j)
    return len(nums) - 1 in seen
