"""The DP bounded by the longest word, but the window starts at i - L without max(0, ...): with a word two
letters longer than s the negative index wraps, so "aaa" with ["aa","aaaaa"] reads ok[-2] = ok[2] and s[-2:3] = "aa"
and answers true (and a word three or more letters longer raises IndexError)."""
class Solution:
    def wordBreak(self, s, wordDict):
        words = set(wordDict); L = max(map(len, wordDict)); n = len(s)
        ok = [True] + [False] * n
        for i in range(1, n + 1):
            for j in range(i - L, i):
                if ok[j] and s[j:i] in words:
                    ok[i] = True; break
        return ok[n]
