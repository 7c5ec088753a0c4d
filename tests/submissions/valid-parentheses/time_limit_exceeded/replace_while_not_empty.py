"""Removes adjacent pairs `while s:`: an invalid string never empties, so the loop never ends (`(]`)."""


class Solution:
    def isValid(self, s: str) -> bool:
        while s:
            s = s.replace("()", "").replace("[]", "").replace("{}", "")
        return True
