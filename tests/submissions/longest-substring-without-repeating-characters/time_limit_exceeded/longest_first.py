# Tries lengths from n down and returns the first with a repeat-free substring: O(n^3) when the answer is small.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        n = len(s)
        for length in range(n, 0, -1):
            for i in range(n - length + 1):
                if len(set(s[i:i + length])) == length:
                    return length
        return 0
