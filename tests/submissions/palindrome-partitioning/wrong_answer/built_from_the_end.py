"""Peels palindromes off the end of the string and appends them, never reversing: the pieces come out last
first, ["b","a","a"] for "aab"."""


class Solution:
    def partition(self, s: str) -> List[List[str]]:
        res = []

        def dfs(end, path):
            if end == 0:
                res.append(path)
                return
            for start in range(end - 1, -1, -1):
                piece = s[start:end]
                if piece == piece[::-1]:
                    dfs(start, path + [piece])

        dfs(len(s), [])
        return res
