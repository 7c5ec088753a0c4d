# The right algorithm under the wrong name: Solution.longest_consecutive is neither Solution.longestConsecutive
# nor a module-level function.
class Solution:
    def longest_consecutive(self, nums):
        s = set(nums)
        best = 0
        for x in s:
            if x - 1 not in s:
                y = x
                while y + 1 in s:
                    y += 1
                best = max(best, y - x + 1)
        return best
