"""Rewrites the encoding into a Python expression ("3[a2[c]]" becomes "" + 3*("" + "a" + 2*("" + "c"))) and
evaluates it. Accepted: the input is only letters, digits and brackets, so the expression is always valid and
safe, and the product gives the decoded string."""
import re
class Solution:
    def decodeString(self, s: str) -> str:
        e = re.sub(r"(\d+)\[", r"+\1*(''", s)
        e = re.sub(r"([a-z]+)", r"+'\1'", e).replace("]", ")")
        return eval("''" + e)
