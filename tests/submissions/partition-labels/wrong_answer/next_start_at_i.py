"""Starts the next part at i instead of i + 1: every part after the first is one too long."""


class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        last = {c: i for i, c in enumerate(s)}
        res = []
        start = end = 0
        for i, c in enumerate(s):
            end = max(end, last[c])
            if i == end:
                res.append(i - start + 1)
                start = i
        return res
