# Pasted from LeetCode as is: the prefix sums by accumulate, counted by a Counter, relying on the implicit imports.
class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        seen = Counter([0])
        res = 0
        for p in accumulate(nums):
            res += seen[p - k]
            seen[p] += 1
        return res
