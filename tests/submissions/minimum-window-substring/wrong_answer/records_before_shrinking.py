# Records the window the moment it becomes complete, before moving the left edge past the surplus.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing, i, start, end = len(t), 0, 0, 0
        for j, c in enumerate(s, 1):
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            if not missing:
                if not end or j - i < end - start:
                    start, end = i, j
                while need[s[i]] < 0:
                    need[s[i]] += 1
                    i += 1
                need[s[i]] += 1
                missing += 1
                i += 1
        return s[start:end]
