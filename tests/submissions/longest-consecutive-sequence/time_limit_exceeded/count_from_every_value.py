# A set, but a count upwards from every value, not only from starts: O(n^2) on one long run.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        s = set(nums)
        best = 0
        for x in s:
            y = x
            while y in s:
                y += 1
            best = max(best, y - x)
        return best
