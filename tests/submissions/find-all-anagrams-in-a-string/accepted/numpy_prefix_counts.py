"""numpy: prefix counts of the 26 letters, every window's counts as one difference of two rows, compared with p's
in one vectorised step; the starts come back from the last to the first, as plain ints. Accepted: any order is."""
import numpy as np


class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m, n = len(p), len(s)
        if m > n:
            return []
        letters = np.frombuffer(s.encode(), dtype=np.uint8) - 97
        one_hot = np.zeros((n + 1, 26), dtype=np.int32)
        one_hot[np.arange(1, n + 1), letters] = 1
        prefix = np.cumsum(one_hot, axis=0)
        need = np.bincount(np.frombuffer(p.encode(), dtype=np.uint8) - 97, minlength=26)
        ok = np.all(prefix[m:] - prefix[:n - m + 1] == need, axis=1)
        return [int(i) for i in np.nonzero(ok)[0][::-1]]
