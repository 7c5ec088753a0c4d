"""Keeps the result list on the class: it is shared by every Solution() and grows from one call to the next."""


class Solution:
    res = []

    def partition(self, s: str) -> List[List[str]]:
        def dfs(start, path):
            if start == len(s):
                self.res.append(path)
                return
            for end in range(start + 1, len(s) + 1):
                if s[start:end] == s[start:end][::-1]:
                    dfs(end, path + [s[start:end]])

        dfs(0, [])
        return self.res
