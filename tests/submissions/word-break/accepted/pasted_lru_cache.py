"""Pasted from LeetCode: a recursion over the start index memoized with the implicit lru_cache."""
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)

        @lru_cache(maxsize=None)
        def can(start):
            if start == len(s):
                return True
            return any(s[start:end] in words and can(end) for end in range(start + 1, len(s) + 1))

        return can(0)
