# Jumps the left edge to last[c] + 1 without max(): on "abba" the second a drags it back, answering 3.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = ans = 0
        for i, c in enumerate(s):
            if c in last:
                left = last[c] + 1
            last[c] = i
            ans = max(ans, i - left + 1)
        return ans
