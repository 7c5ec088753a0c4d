"""One rolling row, but a match reads row[j - 1], already overwritten for this row, instead of the saved
diagonal: a letter is matched twice ("a" and "aa" answer 2)."""
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        row = [0] * (len(text2) + 1)
        for a in text1:
            for j in range(1, len(text2) + 1):
                if a == text2[j - 1]:
                    row[j] = row[j - 1] + 1
                else:
                    row[j] = max(row[j], row[j - 1])
        return row[-1]
