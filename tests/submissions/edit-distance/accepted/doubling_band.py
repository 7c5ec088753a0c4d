"""Ukkonen's idea: compute the table only within k diagonals of the main one, doubling k until the distance
found is at most k, which proves no alignment outside the band is cheaper; another algorithm, accepted."""
class Solution:
    def minDistance(self, a, b):
        m, n = len(a), len(b)
        k = max(1, abs(m - n))
        while True:
            INF = 10**9
            prev = [j if j <= k else INF for j in range(n + 1)]
            for i in range(1, m + 1):
                cur = [INF] * (n + 1)
                if i <= k: cur[0] = i
                for j in range(max(1, i - k), min(n, i + k) + 1):
                    cur[j] = prev[j-1] if a[i-1] == b[j-1] else 1 + min(prev[j], cur[j-1], prev[j-1])
                prev = cur
            if prev[n] <= k: return prev[n]
            k *= 2
