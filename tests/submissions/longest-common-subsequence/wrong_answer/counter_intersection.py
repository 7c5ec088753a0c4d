"""Counts the letters the texts share, with multiplicity, ignoring their order: "ab" and "ba" answer 2."""
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        return sum((Counter(text1) & Counter(text2)).values())
