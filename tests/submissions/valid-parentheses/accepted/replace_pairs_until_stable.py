"""Removes adjacent pairs until the string stops changing: O(n^2) on deep nesting (one layer per round), the
slowest approach LeetCode still accepts at 10^4."""


class Solution:
    def isValid(self, s: str) -> bool:
        while True:
            shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
            if shorter == s:
                return s == ""
            s = shorter
