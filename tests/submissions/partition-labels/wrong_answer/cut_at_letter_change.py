"""Cuts wherever the letter changes and a letter's first run ends, checking only the letter just left, not the
letters seen earlier in the part."""


class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        res = []
        start = 0
        for i in range(1, len(s) + 1):
            if i == len(s) or (s[i] != s[i - 1] and s[i - 1] not in s[i:]):
                res.append(i - start)
                start = i
        return res
