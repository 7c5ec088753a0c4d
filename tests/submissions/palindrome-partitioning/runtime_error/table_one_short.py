"""Allocates the palindrome table n - 1 wide: IndexError when it fills pal[i][n - 1]."""


class Solution:
    def partition(self, s: str) -> List[List[str]]:
        n = len(s)
        pal = [[False] * (n - 1) for _ in range(n)]
        for i in range(n - 1, -1, -1):
            for j in range(i, n):
                pal[i][j] = s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1])
        res = []

        def dfs(start, path):
            if start == n:
                res.append(path)
                return
            for end in range(start, n):
                if pal[start][end]:
                    dfs(end + 1, path + [s[start:end + 1]])

        dfs(0, [])
        return res
