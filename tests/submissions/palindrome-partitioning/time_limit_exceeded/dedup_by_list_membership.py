"""Tries every piece at every step and keeps a partition only if it is not already in the result list: each
`not in` scans the whole list, 32768^2 / 2 (5 x 10^8) list comparisons for sixteen a's."""


class Solution:
    def partition(self, s: str) -> List[List[str]]:
        res = []

        def dfs(start, path):
            if start == len(s):
                if path not in res:
                    res.append(path)
                return
            for end in range(start + 1, len(s) + 1):
                if s[start:end] == s[start:end][::-1]:
                    dfs(end, path + [s[start:end]])

        dfs(0, [])
        return res
