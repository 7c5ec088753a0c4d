# Finds the right window [left, right] but slices s[left:right], dropping its last letter.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing, left, best = len(t), 0, None
        for right, c in enumerate(s):
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            if not missing:
                while need[s[left]] < 0:
                    need[s[left]] += 1
                    left += 1
                if best is None or right - left < best[1] - best[0]:
                    best = (left, right)
                need[s[left]] += 1
                missing += 1
                left += 1
        return "" if best is None else s[best[0]:best[1]]
