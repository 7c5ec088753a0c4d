# A set of the prefix sums seen: a prefix that occurred several times is counted once.
class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        seen = {0}
        prefix = count = 0
        for x in nums:
            prefix += x
            if prefix - k in seen:
                count += 1
            seen.add(prefix)
        return count
