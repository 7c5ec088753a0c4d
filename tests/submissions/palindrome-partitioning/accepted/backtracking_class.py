"""The textbook answer: backtracking on the next piece, each piece tested by comparing it with its reverse."""


class Solution:
    def partition(self, s: str) -> List[List[str]]:
        res, path = [], []

        def dfs(start):
            if start == len(s):
                res.append(path[:])
                return
            for end in range(start + 1, len(s) + 1):
                piece = s[start:end]
                if piece == piece[::-1]:
                    path.append(piece)
                    dfs(end)
                    path.pop()

        dfs(0)
        return res
