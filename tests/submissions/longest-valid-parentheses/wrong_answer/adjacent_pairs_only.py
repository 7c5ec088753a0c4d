"""Counts runs of adjacent "()" pairs only: a nest such as "(())" answers 2."""
class Solution:
    def longestValidParentheses(self, s: str) -> int:
        best = run = 0
        i = 0
        while i < len(s):
            if s.startswith("()", i):
                run += 2
                i += 2
            else:
                run = 0
                i += 1
            best = max(best, run)
        return best
