# A bitmap indexed by value, sized by the largest value: a negative value writes through Python's negative index
# to the far end, so [-3,-2,-1,0,5] answers 3 instead of 4.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        present = bytearray(max(nums) + 1)
        for x in nums:
            present[x] = 1
        best = run = 0
        for bit in present:
            run = run + 1 if bit else 0
            best = max(best, run)
        return best
