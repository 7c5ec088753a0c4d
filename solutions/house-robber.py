class Solution:
    def rob(self, nums: list[int]) -> int:
        """best(i) = max(best(i - 1), best(i - 2) + nums[i - 1]) over the first i houses, in two variables."""
        two_back, one_back = 0, 0
        for money in nums:
            two_back, one_back = one_back, max(one_back, two_back + money)
        return one_back
