"""Both counter passes, but the right-to-left one starts with the counts the left pass left: "(()" answers 4."""
class Solution:
    def longestValidParentheses(self, s: str) -> int:
        l = r = best = 0
        for c in s:
            if c == '(': l += 1
            else: r += 1
            if l == r: best = max(best, 2 * r)
            elif r > l: l = r = 0
        for c in reversed(s):
            if c == '(': l += 1
            else: r += 1
            if l == r: best = max(best, 2 * l)
            elif l > r: l = r = 0
        return best
