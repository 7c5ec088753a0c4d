"""Merges the letters' [first, last] intervals sorted by their end instead of their start: an interval that starts
before the merged one is glued on without moving its start."""


class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        first, last = {}, {}
        for i, c in enumerate(s):
            first.setdefault(c, i)
            last[c] = i
        intervals = sorted(((first[c], last[c]) for c in first), key=lambda t: t[1])
        merged = [list(intervals[0])]
        for a, b in intervals[1:]:
            if a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        return [b - a + 1 for a, b in merged]
