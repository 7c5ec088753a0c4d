# Keeps the list of positions of every prefix sum and counts the matching ones: O(n) lists, O(n) time.
class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        positions = defaultdict(list)
        positions[0].append(-1)
        prefix = 0
        found = 0
        for i, x in enumerate(nums):
            prefix += x
            found += len(positions[prefix - k])
            positions[prefix].append(i)
        return found
