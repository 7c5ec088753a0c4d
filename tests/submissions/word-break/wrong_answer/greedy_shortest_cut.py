"""Cuts as soon as the piece since the last cut is a word (dp that only remembers the last cut): "aaaaaaa" with
["aa","aaa"] cuts aa, aa, aa and is left with a."""
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        last = 0
        for i in range(1, len(s) + 1):
            if s[last:i] in words:
                last = i
        return last == len(s)
