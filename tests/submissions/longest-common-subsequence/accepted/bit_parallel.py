"""Allison and Dix's bit-parallel LCS: one big-integer row, a bit per position of text2, updated per character
of text1 with an addition and a few masks; the answer is the number of bits set."""
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        where = {}
        for j, c in enumerate(text2):
            where[c] = where.get(c, 0) | 1 << j
        row = 0
        for c in text1:
            x = where.get(c, 0) | row
            row = x & ((x - ((row << 1) | 1)) ^ x)
        return bin(row).count("1")
