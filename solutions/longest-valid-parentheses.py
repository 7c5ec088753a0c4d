class Solution:
    def longestValidParentheses(self, s: str) -> int:
        """A stack of indices whose bottom is the position just before the current valid stretch: O(n)."""
        stack, best = [-1], 0
        for i, ch in enumerate(s):
            if ch == "(":
                stack.append(i)
            else:
                stack.pop()
                if stack:
                    best = max(best, i - stack[-1])
                else:
                    stack.append(i)  # an unmatched ')': the next stretch starts after it
        return best
