"""Returns the length of the longest palindrome instead of the palindrome itself."""
class Solution:
    def longestPalindrome(self, s: str) -> str:
        best = 1
        for centre in range(2 * len(s) - 1):
            lo, hi = centre // 2, (centre + 1) // 2
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo, hi = lo - 1, hi + 1
            best = max(best, hi - lo - 1)
        return best
