"""Deduplicates each partition's pieces through a set: ["a","a"] becomes ["a"], and the pieces lose their order."""


class Solution:
    def partition(self, s: str) -> List[List[str]]:
        res = []

        def dfs(start, path):
            if start == len(s):
                res.append(sorted(set(path)))
                return
            for end in range(start + 1, len(s) + 1):
                piece = s[start:end]
                if piece == piece[::-1]:
                    dfs(end, path + [piece])

        dfs(0, [])
        return res
