# Tries k = 1, 2, ... with `k in nums` on the list: O(n) per candidate, O(n^2) when the answer is near n.
class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        k = 1
        while k in nums:
            k += 1
        return k
