"""max(m, n) - LCS, as if every letter outside a longest common subsequence took one edit ("ab" to "ba"
answers 1, not 2)."""
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        prev = [0] * (len(word2) + 1)
        for a in word1:
            cur = [0]
            for j, b in enumerate(word2):
                cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
            prev = cur
        return max(len(word1), len(word2)) - prev[-1]
