# Pasted from LeetCode: relies on List being predefined; the candidates are 1..n+1 only.
class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        return min(set(range(1, len(nums) + 2)) - set(nums))
