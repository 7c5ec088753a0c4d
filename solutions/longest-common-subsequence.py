class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        """One rolling row over the shorter text; `diagonal` keeps dp[i-1][j-1] before it is overwritten."""
        if len(text2) > len(text1):
            text1, text2 = text2, text1
        row = [0] * (len(text2) + 1)
        for a in text1:
            diagonal = 0
            for j, b in enumerate(text2, 1):
                above = row[j]
                row[j] = diagonal + 1 if a == b else max(above, row[j - 1])
                diagonal = above
        return row[-1]
