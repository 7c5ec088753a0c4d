"""Recursion: the shortest prefix sharing no letter with the rest is the first part; returns a tuple, which is
serialized as a list. O(n^2) set work per part, fine for 500 letters."""


class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        def go(t):
            if not t:
                return ()
            for k in range(1, len(t) + 1):
                if not set(t[:k]) & set(t[k:]):
                    return (k,) + go(t[k:])

        return go(s)
