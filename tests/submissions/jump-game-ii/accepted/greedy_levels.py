"""LeetCode's class: greedy by levels, the loop stopping before the last index."""


class Solution:
    def jump(self, nums: List[int]) -> int:
        res = 0
        cur_end = far = 0
        for i in range(len(nums) - 1):
            far = max(far, i + nums[i])
            if i == cur_end:
                res += 1
                cur_end = far
        return res
