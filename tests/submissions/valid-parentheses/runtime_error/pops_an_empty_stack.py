"""Pops without checking the stack: a closer with nothing open (`]`) raises IndexError."""


class Solution:
    def isValid(self, s: str) -> bool:
        pairs = {")": "(", "]": "[", "}": "{"}
        stack = []
        for c in s:
            if c in pairs:
                if stack.pop() != pairs[c]:
                    return False
            else:
                stack.append(c)
        return not stack
