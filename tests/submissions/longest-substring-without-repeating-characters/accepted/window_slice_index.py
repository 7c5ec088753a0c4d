# Keeps the window as a string and finds the repeat with str.index: O(n x 95) copying, still accepted.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window = ""
        best = 0
        for c in s:
            if c in window:
                window = window[window.index(c) + 1:]
            window += c
            best = max(best, len(window))
        return best
