# Assumes lower-case letters only, last index in an array of 26: a space (or a digit) is out of range.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = [-1] * 26
        left = best = 0
        for i, c in enumerate(s):
            k = ord(c) - ord("a")
            if last[k] >= left:
                left = last[k] + 1
            last[k] = i
            best = max(best, i - left + 1)
        return best
