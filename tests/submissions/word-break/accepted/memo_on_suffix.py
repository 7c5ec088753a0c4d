"""The slowest that is still fine: memoizes on the remaining suffix itself (a dict of strings), trying every word
as a prefix."""
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        memo = {"": True}

        def can(rest):
            if rest not in memo:
                memo[rest] = any(rest.startswith(w) and can(rest[len(w):]) for w in wordDict)
            return memo[rest]

        return can(s)
