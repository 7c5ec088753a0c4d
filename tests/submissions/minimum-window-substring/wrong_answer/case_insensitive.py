# Lower-cases both strings first, so A counts as a (and the slice comes from the original s).
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        low, need = s.lower(), Counter(t.lower())
        missing, i, start, end = len(t), 0, 0, 0
        for j, c in enumerate(low, 1):
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            if not missing:
                while need[low[i]] < 0:
                    need[low[i]] += 1
                    i += 1
                if not end or j - i < end - start:
                    start, end = i, j
                need[low[i]] += 1
                missing += 1
                i += 1
        return s[start:end]
