# Moves the left edge onto the earlier copy instead of just past it: the window keeps the repeat.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = ans = 0
        for i, c in enumerate(s):
            if c in last and last[c] >= left:
                left = last[c]
            last[c] = i
            ans = max(ans, i - left + 1)
        return ans
