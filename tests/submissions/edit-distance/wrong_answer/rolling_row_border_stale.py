"""One rolling row with the diagonal saved, but row[0] is never set to i: the border stays 0 for every row
("xa" to "a" answers 0)."""
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        row = list(range(len(word2) + 1))
        for a in word1:
            diagonal = row[0]
            for j in range(1, len(word2) + 1):
                above = row[j]
                row[j] = diagonal if a == word2[j - 1] else 1 + min(diagonal, above, row[j - 1])
                diagonal = above
        return row[-1]
