"""Guards the pop with `if stack`, but then just skips a closer that arrives with nothing open: `()))` passes."""


class Solution:
    def isValid(self, s: str) -> bool:
        pairs = {")": "(", "]": "[", "}": "{"}
        stack = []
        for c in s:
            if c not in pairs:
                stack.append(c)
            elif stack:
                if stack.pop() != pairs[c]:
                    return False
        return not stack
