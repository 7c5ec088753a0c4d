"""Does not reset the count after pushing it: the digits of the next count are appended to it."""


class Solution:
    def decodeString(self, s: str) -> str:
        stack = []
        cur, num = "", 0
        for c in s:
            if c.isdigit():
                num = num * 10 + int(c)
            elif c == "[":
                stack.append((cur, num))
                cur = ""
            elif c == "]":
                prev, k = stack.pop()
                cur = prev + cur * k
            else:
                cur += c
        return cur
