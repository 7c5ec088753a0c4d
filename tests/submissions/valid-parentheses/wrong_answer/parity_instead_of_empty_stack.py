"""The odd-length shortcut done wrong: the final test is `len(s) % 2 == 0` instead of an empty stack, so an
even-length string with openers left open (`((`) passes."""


class Solution:
    def isValid(self, s: str) -> bool:
        pairs = {")": "(", "]": "[", "}": "{"}
        stack = []
        for c in s:
            if c in pairs:
                if not stack or stack.pop() != pairs[c]:
                    return False
            else:
                stack.append(c)
        return len(s) % 2 == 0
