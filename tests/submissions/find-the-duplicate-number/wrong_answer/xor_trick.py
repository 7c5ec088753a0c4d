"""XOR of nums and of 1..n: the Single Number trick, right only when the duplicate occurs exactly twice."""
class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        acc = 0
        for x in nums:
            acc ^= x
        for v in range(1, len(nums)):
            acc ^= v
        return acc
