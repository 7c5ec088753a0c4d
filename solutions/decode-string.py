class Solution:
    def decodeString(self, s: str) -> str:
        """One pass with a stack of (text before the bracket, count): `[` saves both and starts afresh, `]` repeats
        the bracket's text and appends it to the saved text. Parts are kept in lists and joined once per bracket."""
        stack: list[tuple[list[str], int]] = []
        current: list[str] = []
        count = 0
        for c in s:
            if c.isdigit():
                count = count * 10 + int(c)
            elif c == "[":
                stack.append((current, count))
                current, count = [], 0
            elif c == "]":
                before, k = stack.pop()
                before.append("".join(current) * k)
                current = before
            else:
                current.append(c)
        return "".join(current)
