# Looks up k - prefix instead of prefix - k, as in two sum: the sign of the difference is wrong.
class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        seen = {0: 1}
        prefix = count = 0
        for x in nums:
            prefix += x
            count += seen.get(k - prefix, 0)
            seen[prefix] = seen.get(prefix, 0) + 1
        return count
