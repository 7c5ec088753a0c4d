"""Every substring, checked for a palindrome character by character in Python: O(n^3), about 1.7 x 10^8 steps
on 1000 equal letters."""
class Solution:
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        best = s[0]
        for i in range(n):
            for j in range(i + 1, n):
                lo, hi = i, j
                while lo < hi and s[lo] == s[hi]:
                    lo += 1
                    hi -= 1
                if lo >= hi and j - i + 1 > len(best):
                    best = s[i:j + 1]
        return best
