class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        raise NotImplementedError("write your solution to edit-distance here, then run `shousi run edit-distance`")
