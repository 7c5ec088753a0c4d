# Asks only that each letter of t be present: t = "aa" is satisfied by a single a.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = set(t)
        have = Counter()
        best, left = "", 0
        for right, c in enumerate(s):
            have[c] += 1
            while all(have[x] > 0 for x in need):
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                have[s[left]] -= 1
                left += 1
        return best
