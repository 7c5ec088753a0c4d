"""Iterative: a palindrome table, then the partitions of every prefix built left to right (a list per prefix end,
each extended by the palindromes that end there); returns tuples."""


class Solution:
    def partition(self, s: str) -> List[List[str]]:
        n = len(s)
        pal = [[False] * n for _ in range(n)]
        for j in range(n):
            for i in range(j, -1, -1):
                pal[i][j] = s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1])
        ways = [[()]] + [[] for _ in range(n)]
        for j in range(1, n + 1):
            for i in range(j):
                if pal[i][j - 1]:
                    ways[j].extend(w + (s[i:j],) for w in ways[i])
        return ways[n]
