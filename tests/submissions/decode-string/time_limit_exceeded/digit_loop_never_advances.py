"""An index-based parser whose inner loop over a count's digits never advances the index when the count has more
than one digit: `12[a]` spins for ever. (With at most 10^5 output letters no correct approach is hopeless, so the
too-slow verdict here is a loop that does not end.)"""


class Solution:
    def decodeString(self, s: str) -> str:
        stack = []
        cur, num = "", 0
        i = 0
        while i < len(s):
            c = s[i]
            if c.isdigit():
                num = int(c)
                while i + 1 < len(s) and s[i + 1].isdigit():
                    num = num * 10 + int(s[i + 1])
            elif c == "[":
                stack.append((cur, num))
                cur, num = "", 0
            elif c == "]":
                prev, k = stack.pop()
                cur = prev + cur * k
            else:
                cur += c
            i += 1
        return cur
