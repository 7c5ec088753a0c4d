"""The counters from the left only: a stretch preceded by an extra `(` never balances ("(()" answers 0)."""
class Solution:
    def longestValidParentheses(self, s: str) -> int:
        best = opened = closed = 0
        for ch in s:
            if ch == "(":
                opened += 1
            else:
                closed += 1
            if opened == closed:
                best = max(best, 2 * closed)
            elif closed > opened:
                opened = closed = 0
        return best
