# Last index in an array of 128 (the input is ASCII), the window's start kept one past the latest repeat.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = [-1] * 128
        start, best = -1, 0
        for i, ch in enumerate(s):
            code = ord(ch)
            if last[code] > start:
                start = last[code]
            last[code] = i
            if i - start > best:
                best = i - start
        return best
