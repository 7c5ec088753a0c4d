"""Loops end over range(start + 1, len(s)): no piece may end at the last letter, so no partition is ever
completed (except where the recursion starts at the end)."""


class Solution:
    def partition(self, s: str) -> List[List[str]]:
        res, path = [], []

        def dfs(start):
            if start == len(s):
                res.append(path[:])
                return
            for end in range(start + 1, len(s)):
                piece = s[start:end]
                if piece == piece[::-1]:
                    path.append(piece)
                    dfs(end)
                    path.pop()

        dfs(0)
        return res
