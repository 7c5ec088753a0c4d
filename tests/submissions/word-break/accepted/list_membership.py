"""Pasted from LeetCode: the DP with `s[j:i] in wordDict` on the list itself, no set: 1000-word linear
scans for each of up to 45150 substrings, still within the limit; List is the implicit import."""
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        dp = [True] + [False] * len(s)
        for i in range(1, len(s) + 1):
            for j in range(i):
                if dp[j] and s[j:i] in wordDict:
                    dp[i] = True
                    break
        return dp[-1]
