"""Records each letter's first index instead of its last (setdefault keeps the first)."""


class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        last = {}
        for i, c in enumerate(s):
            last.setdefault(c, i)
        res = []
        start = end = 0
        for i, c in enumerate(s):
            end = max(end, last[c])
            if i == end:
                res.append(i - start + 1)
                start = i + 1
        return res
