# LeetCode's name is maxSubArray: maxSubarray is neither Solution.maxSubArray nor a function max_sub_array.
class Solution:
    def maxSubarray(self, nums: List[int]) -> int:
        best = cur = nums[0]
        for x in nums[1:]:
            cur = max(x, cur + x)
            best = max(best, cur)
        return best
