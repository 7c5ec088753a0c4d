"""A stack of single characters: at `]`, pop the letters back to `[`, then the digits of the count, reverse both,
and push the expansion back one character at a time. The slowest approach here."""


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
            k = int("".join(reversed(digits)))
            stack.extend("".join(reversed(letters)) * k)
        return "".join(stack)
