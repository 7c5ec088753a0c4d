from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        """Sliding window: grow the right edge until the window holds all of t (counted with multiplicity), then
        shrink the left edge while it still does; the shortest window seen at that point is the answer."""
        need = Counter(t)  # how many more of each letter the window needs (negative: a surplus)
        missing = len(t)  # how many of t's letters the window still lacks
        left, best_start, best_len = 0, 0, len(s) + 1
        for right, c in enumerate(s):
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            if missing == 0:
                while need[s[left]] < 0:  # a surplus letter at the left edge: drop it
                    need[s[left]] += 1
                    left += 1
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                need[s[left]] += 1  # give up the needed letter at the left edge and look for the next window
                missing += 1
                left += 1
        return s[best_start:best_start + best_len] if best_len <= len(s) else ""
