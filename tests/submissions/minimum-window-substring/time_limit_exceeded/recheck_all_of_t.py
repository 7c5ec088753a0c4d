# Checks the window against t by walking all of t at every step: O(|s| x |t|), 10^9 steps and more at the maxima.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need, have = Counter(t), Counter()
        best, left = "", 0
        for right, c in enumerate(s):
            have[c] += 1
            while all(have[x] >= need[x] for x in t):
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                have[s[left]] -= 1
                left += 1
        return best
