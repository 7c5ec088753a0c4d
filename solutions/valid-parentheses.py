class Solution:
    def isValid(self, s: str) -> bool:
        """A stack of the brackets still open: each closer must match and pop the most recent one, and nothing may be
        left open at the end."""
        opener = {")": "(", "]": "[", "}": "{"}
        stack: list[str] = []
        for ch in s:
            if ch in opener:
                if not stack or stack[-1] != opener[ch]:
                    return False
                stack.pop()
            else:
                stack.append(ch)
        return not stack
