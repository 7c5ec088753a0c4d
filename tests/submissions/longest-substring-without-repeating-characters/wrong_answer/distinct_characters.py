# Counts the distinct characters of the whole string instead of measuring a window.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        return len(set(s))
