"""Pasted from LeetCode as is: a BFS with a deque over indices, each index enqueued once by only scanning past the
furthest index seen so far; relies on the implicit `deque`."""


class Solution:
    def jump(self, nums: List[int]) -> int:
        n = len(nums)
        if n == 1:
            return 0
        q = deque([(0, 0)])
        seen_upto = 0
        while q:
            i, d = q.popleft()
            for j in range(max(seen_upto + 1, i + 1), min(n - 1, i + nums[i]) + 1):
                if j == n - 1:
                    return d + 1
                q.append((j, d + 1))
            seen_upto = max(seen_upto, i + nums[i])
        return -1
