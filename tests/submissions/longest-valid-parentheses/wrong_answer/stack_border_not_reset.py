"""The stack without a new border after an unmatched `)`: an empty stack measures from the start ("())()"
answers 5)."""
class Solution:
    def longestValidParentheses(self, s: str) -> int:
        stack, best = [], 0
        for i, ch in enumerate(s):
            if ch == "(":
                stack.append(i)
            elif stack:
                stack.pop()
                best = max(best, i - stack[-1] if stack else i + 1)
        return best
