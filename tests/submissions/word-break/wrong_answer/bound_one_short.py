"""Bounds the look-back by the longest word, off by one: j starts at i - longest + 1, so a word of the longest
length is never tried."""
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        longest = max(map(len, words))
        dp = [True] + [False] * len(s)
        for i in range(1, len(s) + 1):
            dp[i] = any(dp[j] and s[j:i] in words for j in range(max(0, i - longest + 1), i))
        return dp[-1]
