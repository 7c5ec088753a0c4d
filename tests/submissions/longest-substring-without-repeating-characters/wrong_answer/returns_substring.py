# Finds the right window but returns the substring itself, not its length.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = 0
        best = ""
        for i, c in enumerate(s):
            if c in last and last[c] >= left:
                left = last[c] + 1
            last[c] = i
            if i - left + 1 > len(best):
                best = s[left:i + 1]
        return best
