"""Expand around each centre with a helper that returns the palindrome's bounds; the editorial's version."""
class Solution:
    def longestPalindrome(self, s: str) -> str:
        def expand(left, right):
            while left >= 0 and right < len(s) and s[left] == s[right]:
                left -= 1
                right += 1
            return left + 1, right

        best = (0, 1)
        for i in range(len(s)):
            for lo, hi in (expand(i, i), expand(i, i + 1)):
                if hi - lo > best[1] - best[0]:
                    best = (lo, hi)
        return s[best[0]:best[1]]
