"""Returns the single letters, plus the whole string when it is a palindrome: misses every mixed partition."""


class Solution:
    def partition(self, s: str) -> List[List[str]]:
        res = [list(s)]
        if len(s) > 1 and s == s[::-1]:
            res.append([s])
        return res
