# A table of n + 2 flags, values outside 1..n skipped; debugging output left in.
class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        n = len(nums)
        seen = [False] * (n + 2)
        for v in nums:
            if 0 < v <= n:
                seen[v] = True
        print("n =", n)
        for k in range(1, n + 2):
            if not seen[k]:
                return k
