from collections import Counter


class Solution:
    def subarraySum(self, nums: list[int], k: int) -> int:
        """Prefix sums: the subarray ending here sums to k once for every earlier prefix equal to prefix - k, so
        count the prefixes seen so far by value, starting with the empty one."""
        seen = Counter({0: 1})
        prefix = count = 0
        for x in nums:
            prefix += x
            count += seen[prefix - k]
            seen[prefix] += 1
        return count
