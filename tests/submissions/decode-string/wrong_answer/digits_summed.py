"""Adds the digits of a count instead of shifting them: 12[a] repeats three times."""


class Solution:
    def decodeString(self, s: str) -> str:
        stack = []
        cur, num = "", 0
        for c in s:
            if c.isdigit():
                num += int(c)
            elif c == "[":
                stack.append((cur, num))
                cur, num = "", 0
            elif c == "]":
                prev, k = stack.pop()
                cur = prev + cur * k
            else:
                cur += c
        return cur
