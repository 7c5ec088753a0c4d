"""Take-or-skip recursion without a memo: every increasing subsequence is explored, O(2^n)."""
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        def best(i, prev):
            if i == len(nums):
                return 0
            skip = best(i + 1, prev)
            if nums[i] > prev:
                return max(skip, 1 + best(i + 1, nums[i]))
            return skip

        return best(0, float("-inf"))
