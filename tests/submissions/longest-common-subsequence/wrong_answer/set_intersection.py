"""Counts the distinct letters in both texts: neither order nor repeats ("aa" and "aa" answer 1)."""
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        return len(set(text1) & set(text2))
