"""BFS by levels, as in LC45: each level is the window of indices reachable with one more jump."""


class Solution:
    def canJump(self, nums: List[int]) -> bool:
        start, end = 0, 0
        while end < len(nums) - 1:
            farthest = max(i + nums[i] for i in range(start, end + 1))
            if farthest <= end:
                return False
            start, end = end + 1, farthest
        return True
