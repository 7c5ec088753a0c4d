# Sliding window over each character's last index, with max() so the left edge never moves back.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = ans = 0
        for i, c in enumerate(s):
            if c in last:
                left = max(left, last[c] + 1)
            last[c] = i
            ans = max(ans, i - left + 1)
        return ans
