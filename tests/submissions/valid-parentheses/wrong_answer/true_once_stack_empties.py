"""Returns True as soon as a pop leaves the stack empty: `()((` stops after its first pair."""


class Solution:
    def isValid(self, s: str) -> bool:
        if len(s) % 2:
            return False
        pairs = {")": "(", "]": "[", "}": "{"}
        stack = []
        for c in s:
            if c in pairs:
                if not stack or stack.pop() != pairs[c]:
                    return False
                if not stack:
                    return True
            else:
                stack.append(c)
        return not stack
