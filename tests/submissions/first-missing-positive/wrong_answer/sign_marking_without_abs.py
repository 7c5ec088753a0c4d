# Reads nums[i] rather than abs(nums[i]): a value whose slot was already marked negative is skipped.
class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        n = len(nums)
        for i in range(n):
            if not 1 <= nums[i] <= n:
                nums[i] = n + 1
        for i in range(n):
            v = nums[i]
            if 1 <= v <= n:
                nums[v - 1] = -abs(nums[v - 1])
        for i in range(n):
            if nums[i] > 0:
                return i + 1
        return n + 1
