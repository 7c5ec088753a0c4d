"""A stack of characters that pops the digits of a count and joins them in the order popped: 12 is read as 21."""


class Solution:
    def decodeString(self, s: str) -> str:
        stack = []
        for c in s:
            if c != "]":
                stack.append(c)
                continue
            letters = []
            while stack[-1] != "[":
                letters.append(stack.pop())
            stack.pop()
            digits = []
            while stack and stack[-1].isdigit():
                digits.append(stack.pop())
            stack.extend("".join(reversed(letters)) * int("".join(digits)))
        return "".join(stack)
