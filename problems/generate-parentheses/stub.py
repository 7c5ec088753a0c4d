class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        raise NotImplementedError("write your solution to generate-parentheses here, then run `shousi run generate-parentheses`")
