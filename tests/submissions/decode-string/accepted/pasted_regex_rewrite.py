"""Pasted from LeetCode as is: rewrites an innermost k[letters] with a regular expression until no bracket is left,
relying on the implicit `re`."""


class Solution:
    def decodeString(self, s: str) -> str:
        pattern = re.compile(r"(\d+)\[([a-z]*)\]")
        while "[" in s:
            s = pattern.sub(lambda m: int(m.group(1)) * m.group(2), s)
        return s
