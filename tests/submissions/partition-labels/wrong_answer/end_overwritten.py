"""Sets end = last[c] instead of max(end, last[c]): a letter that ends early shrinks the part."""


class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        last = {c: i for i, c in enumerate(s)}
        res = []
        start = end = 0
        for i, c in enumerate(s):
            end = last[c]
            if i == end:
                res.append(i - start + 1)
                start = i + 1
        return res
