"""One rolling row that takes row[j - 1] as the diagonal, but row[j - 1] already holds this row's value: a match
copies the left cell (an insertion counted as free)."""
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        row = list(range(len(word2) + 1))
        for i, a in enumerate(word1, 1):
            row[0] = i
            for j in range(1, len(word2) + 1):
                if a == word2[j - 1]:
                    row[j] = row[j - 1]
                else:
                    row[j] = 1 + min(row[j], row[j - 1])
        return row[-1]
