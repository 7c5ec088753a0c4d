"""Expands around the gaps only: odd palindromes are never found ("aba" answers a single letter)."""
class Solution:
    def longestPalindrome(self, s: str) -> str:
        best = s[0]
        for i in range(len(s) - 1):
            lo, hi = i, i + 1
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo, hi = lo - 1, hi + 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
        return best
