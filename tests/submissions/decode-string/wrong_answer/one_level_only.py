"""Handles one level of brackets: the count multiplies the letters up to the first `]`, and an inner bracket's count
and brackets are skipped as if they were not there."""


class Solution:
    def decodeString(self, s: str) -> str:
        out = []
        i = 0
        while i < len(s):
            if s[i].isdigit():
                j = i
                while s[j].isdigit():
                    j += 1
                k = int(s[i:j])
                end = s.index("]", j)
                body = "".join(c for c in s[j + 1:end] if c.isalpha())
                out.append(body * k)
                i = end + 1
            elif s[i].isalpha():
                out.append(s[i])
                i += 1
            else:
                i += 1
        return "".join(out)
