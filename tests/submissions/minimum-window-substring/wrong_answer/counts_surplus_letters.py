# Counts every letter of t that enters the window, surplus copies included: "aa" looks like it covers "ab".
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = set(t)
        formed, left, best = 0, 0, ""
        for right, c in enumerate(s):
            if c in need:
                formed += 1
            while formed >= len(t):
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                if s[left] in need:
                    formed -= 1
                left += 1
        return best
