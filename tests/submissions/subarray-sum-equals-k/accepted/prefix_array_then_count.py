# Builds the whole prefix array first, then counts pairs i < j with P[j] - P[i] == k in a second pass.
class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        prefix = [0] * (len(nums) + 1)
        for i, x in enumerate(nums):
            prefix[i + 1] = prefix[i] + x
        earlier = {}
        pairs = 0
        for p in prefix:
            pairs += earlier.get(p - k, 0)
            earlier[p] = earlier.get(p, 0) + 1
        return pairs
