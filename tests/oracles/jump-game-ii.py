"""Jump Game II by breadth-first search over every jump: from each index, every landing place 1..nums[i] ahead is an
edge, and the answer is the last index's distance from index 0. Short arrays, rejected unless the last index can be
reached (as the problem guarantees), with many zeros and small values, so that the choice of jump matters."""
from collections import deque


def inputs(rng):
    while True:
        n = rng.randint(1, 14)
        high = rng.choice([2, 3, 5, 14, 1000])
        nums = [0 if rng.random() < 0.3 else rng.randint(1, high) for _ in range(n)]
        if solve(nums) is not None:
            yield {"nums": nums}


def solve(nums):
    n = len(nums)
    distance = [None] * n
    distance[0] = 0
    queue = deque([0])
    while queue:
        i = queue.popleft()
        for step in range(1, nums[i] + 1):
            j = i + step
            if j < n and distance[j] is None:
                distance[j] = distance[i] + 1
                queue.append(j)
    return distance[n - 1]
