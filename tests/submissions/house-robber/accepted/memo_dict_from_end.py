"""Top-down from the last house with a dict memo: best(i) is the most from houses 0..i."""
class Solution:
    def rob(self, nums: List[int]) -> int:
        memo = {}

        def best(i):
            if i < 0:
                return 0
            if i not in memo:
                memo[i] = max(best(i - 1), best(i - 2) + nums[i])
            return memo[i]

        return best(len(nums) - 1)
