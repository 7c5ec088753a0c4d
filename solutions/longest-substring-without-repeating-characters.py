class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        """Sliding window: remember each character's last index; on a repeat inside the window, move the left
        edge just past the earlier copy (never backwards)."""
        last: dict[str, int] = {}
        left = best = 0
        for right, c in enumerate(s):
            if last.get(c, -1) >= left:
                left = last[c] + 1
            last[c] = right
            best = max(best, right - left + 1)
        return best
