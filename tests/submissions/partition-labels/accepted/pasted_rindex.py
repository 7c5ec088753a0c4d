"""Pasted from LeetCode as is: s.rindex for every character instead of a table, O(26 n) to O(n^2); relies on the
implicit `List`. The slowest approach here."""


class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        ans = []
        j = anchor = 0
        for i, ch in enumerate(s):
            j = max(j, s.rindex(ch))
            if i == j:
                ans.append(i - anchor + 1)
                anchor = i + 1
        return ans
