"""Two pointers that skip the smaller of two different characters: a skipped character may match later
("aab" and "azb" answer 1)."""
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        i = j = cnt = 0
        while i < len(text1) and j < len(text2):
            if text1[i] == text2[j]:
                cnt += 1; i += 1; j += 1
            elif text1[i] < text2[j]:
                i += 1
            else:
                j += 1
        return cnt
