"""Names the method rotateArray after the title (LeetCode's is rotate)."""


class Solution:
    def rotateArray(self, nums, k):
        k %= len(nums)
        nums[:] = nums[-k:] + nums[:-k]
