"""Hunt-Szymanski visiting each letter's positions in text2 in increasing order: one character of text1 is
matched several times ("a" and "aa" answer 2)."""
from bisect import bisect_left
from collections import defaultdict
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        where = defaultdict(list)
        for j, c in enumerate(text2):
            where[c].append(j)
        tails = []
        for c in text1:
            for j in where[c]:
                k = bisect_left(tails, j)
                if k == len(tails):
                    tails.append(j)
                else:
                    tails[k] = j
        return len(tails)
