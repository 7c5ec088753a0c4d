"""O(1) space: count from the left (reset when `)` leads), then from the right (reset when `(` leads)."""
class Solution:
    def longestValidParentheses(self, s: str) -> int:
        best = 0
        for text, opener in ((s, "("), (s[::-1], ")")):
            opened = closed = 0
            for ch in text:
                if ch == opener:
                    opened += 1
                else:
                    closed += 1
                if opened == closed:
                    best = max(best, 2 * closed)
                elif closed > opened:
                    opened = closed = 0
        return best
