"""Binary search on the length, once for odd and once for even lengths: a palindrome of length L contains one of
L - 2, so each parity is monotone (over all lengths it is not). O(n^2 log n) in slices."""
class Solution:
    def longestPalindrome(self, s: str) -> str:
        def has(L):
            for i in range(len(s) - L + 1):
                t = s[i:i + L]
                if t == t[::-1]: return t
            return None
        best = s[0]
        for par in (1, 2):
            lo, hi = 0, (len(s) - par) // 2
            while lo <= hi:
                m = (lo + hi) // 2
                t = has(2 * m + par)
                if t:
                    if len(t) > len(best): best = t
                    lo = m + 1
                else: hi = m - 1
        return best
