class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        """XOR of every value: each pair cancels (x ^ x == 0), the single value is left. O(n) time, O(1) space."""
        result = 0
        for x in nums:
            result ^= x
        return result
