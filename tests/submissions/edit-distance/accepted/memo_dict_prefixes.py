"""Top-down over prefixes with a dict memo, after stripping the common prefix and suffix (they cost nothing)."""
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        while word1 and word2 and word1[0] == word2[0]:
            word1, word2 = word1[1:], word2[1:]
        while word1 and word2 and word1[-1] == word2[-1]:
            word1, word2 = word1[:-1], word2[:-1]
        memo = {}

        def dist(i, j):
            if i == 0 or j == 0:
                return i + j
            if (i, j) not in memo:
                if word1[i - 1] == word2[j - 1]:
                    memo[i, j] = dist(i - 1, j - 1)
                else:
                    memo[i, j] = 1 + min(dist(i - 1, j), dist(i, j - 1), dist(i - 1, j - 1))
            return memo[i, j]

        return dist(len(word1), len(word2))
