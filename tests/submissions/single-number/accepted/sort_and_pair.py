"""Sort, then compare each pair nums[i], nums[i + 1] for even i; if every pair matches, the last element. O(n log n)."""


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        nums = sorted(nums)
        for i in range(0, len(nums) - 1, 2):
            if nums[i] != nums[i + 1]:
                return nums[i]
        return nums[-1]
