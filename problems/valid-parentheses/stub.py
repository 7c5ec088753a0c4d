class Solution:
    def isValid(self, s: str) -> bool:
        raise NotImplementedError("write your solution to valid-parentheses here, then run `shousi run valid-parentheses`")
