# A table sized by the largest value: 2^31 flags when a value is 2^31 - 1.
class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        top = max(max(nums), 0)
        seen = [False] * (top + 2)
        for v in nums:
            if v > 0:
                seen[v] = True
        for k in range(1, top + 2):
            if not seen[k]:
                return k
