# Names the method generate_parenthesis inside the class: neither Solution.generateParenthesis nor a function.
class Solution:
    def generate_parenthesis(self, n: int) -> List[str]:
        return ["()" * n]
