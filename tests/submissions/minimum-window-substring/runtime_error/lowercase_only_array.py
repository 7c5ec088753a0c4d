# Counts in an array of 26 indexed by ord(c) - ord('a'): an upper-case letter gives an index out of range.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = [0] * 26
        for c in t:
            need[ord(c) - ord("a")] += 1
        missing, i, start, end = len(t), 0, 0, 0
        for j, c in enumerate(s, 1):
            k = ord(c) - ord("a")
            if need[k] > 0:
                missing -= 1
            need[k] -= 1
            if not missing:
                while need[ord(s[i]) - ord("a")] < 0:
                    need[ord(s[i]) - ord("a")] += 1
                    i += 1
                if not end or j - i < end - start:
                    start, end = i, j
                need[ord(s[i]) - ord("a")] += 1
                missing += 1
                i += 1
        return s[start:end]
