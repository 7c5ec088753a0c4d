"""Recursive descent: a sequence is any number of `opener sequence closer`; recursion as deep as the nesting (5000
at the maximum), which the raised recursion limit allows, as on LeetCode."""


class Solution:
    def isValid(self, s: str) -> bool:
        closer = {"(": ")", "[": "]", "{": "}"}

        def sequence(i):
            """Parses a sequence from i; returns the index after it, or -1 on a mismatch."""
            while i < len(s) and s[i] in closer:
                j = sequence(i + 1)
                if j < 0 or j == len(s) or s[j] != closer[s[i]]:
                    return -1
                i = j + 1
            return i

        return sequence(0) == len(s)
