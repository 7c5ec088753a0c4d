"""Tests a piece by its first and last letters only: abca passes as a palindrome."""


class Solution:
    def partition(self, s: str) -> List[List[str]]:
        res, path = [], []

        def dfs(start):
            if start == len(s):
                res.append(path[:])
                return
            for end in range(start + 1, len(s) + 1):
                if s[start] == s[end - 1]:
                    path.append(s[start:end])
                    dfs(end)
                    path.pop()

        dfs(0)
        return res
