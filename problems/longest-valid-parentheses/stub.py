class Solution:
    def longestValidParentheses(self, s: str) -> int:
        raise NotImplementedError("write your solution to longest-valid-parentheses here, then run `shousi run longest-valid-parentheses`")
