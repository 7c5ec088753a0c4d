"""Extends the part with a for loop over range(start, end + 1): range() is built once, so the end it grows to
is never walked, and a letter first met past the original end does not extend the part."""


class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        last = {c: i for i, c in enumerate(s)}
        sizes = []
        start = 0
        while start < len(s):
            end = last[s[start]]
            for i in range(start, end + 1):
                end = max(end, last[s[i]])
            sizes.append(end - start + 1)
            start = end + 1
        return sizes
