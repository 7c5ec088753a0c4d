class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        """Levenshtein over one rolling row: row[j] is the distance from word1[:i] to word2[:j]."""
        row = list(range(len(word2) + 1))
        for i, a in enumerate(word1, 1):
            diagonal, row[0] = row[0], i
            for j, b in enumerate(word2, 1):
                above = row[j]
                row[j] = diagonal if a == b else 1 + min(diagonal, above, row[j - 1])
                diagonal = above
        return row[-1]
