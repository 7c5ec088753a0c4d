"""The right-to-left pass copied from the left one: it still resets when `)` leads, so a stretch after an extra
`(` never balances ("(()" answers 0)."""
class Solution:
    def longestValidParentheses(self, s: str) -> int:
        best = 0
        for text in (s, s[::-1]):
            l = r = 0
            for c in text:
                if c == '(': l += 1
                else: r += 1
                if l == r: best = max(best, 2 * r)
                elif r > l: l = r = 0
        return best
