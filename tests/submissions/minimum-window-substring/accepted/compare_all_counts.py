# Checks "does the window cover t?" over all 52 letter counts at every step: O(52 n), slow but accepted.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        have = Counter()
        letters = list(need)
        best = ""
        left = 0
        for right, c in enumerate(s):
            have[c] += 1
            while all(have[x] >= need[x] for x in letters):
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                have[s[left]] -= 1
                left += 1
        return best
