"""Tries the partitions with the most parts first, every set of cut points in turn, until one keeps each letter in a
single part: exponential (2^(n-1) sets of cuts for 500 letters)."""
from itertools import combinations


class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        n = len(s)
        for parts in range(n, 0, -1):
            for cuts in combinations(range(1, n), parts - 1):
                bounds = (0,) + cuts + (n,)
                seen = set()
                ok = True
                for a, b in zip(bounds, bounds[1:]):
                    letters = set(s[a:b])
                    if letters & seen:
                        ok = False
                        break
                    seen |= letters
                if ok:
                    return [b - a for a, b in zip(bounds, bounds[1:])]
        return [n]
