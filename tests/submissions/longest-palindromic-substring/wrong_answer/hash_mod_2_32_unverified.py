"""Binary search on the length per parity, testing each window by a forward and a backward polynomial hash mod
2^32 (a Java int) and never comparing the letters: the Thue-Morse word of 512 hashes like its reverse."""
class Solution:
    def longestPalindrome(self, s: str) -> str:
        n = len(s); B = 131; M = 0xFFFFFFFF
        f = [0] * (n + 1); g = [0] * (n + 1); p = [1] * (n + 1)
        for i, c in enumerate(s):
            f[i + 1] = (f[i] * B + ord(c)) & M
            p[i + 1] = (p[i] * B) & M
        for i, c in enumerate(reversed(s)):
            g[i + 1] = (g[i] * B + ord(c)) & M
        def hf(i, j): return (f[j] - f[i] * p[j - i]) & M
        def hg(i, j): return (g[n - i] - g[n - j] * p[j - i]) & M
        def find(L):
            for i in range(n - L + 1):
                if hf(i, i + L) == hg(i, i + L): return i
            return -1
        best = (0, 1)
        for par in (1, 0):
            lo, hi = 0, (n - par) // 2
            while lo <= hi:
                m = (lo + hi) // 2; L = 2 * m + par
                if L == 0: lo = m + 1; continue
                i = find(L)
                if i >= 0:
                    if L > best[1]: best = (i, L)
                    lo = m + 1
                else: hi = m - 1
        return s[best[0]:best[0] + best[1]]
