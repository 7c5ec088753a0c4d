# Wraps, prepends "()" and appends "()" to each string for n - 1, in a list: "()()()" comes out twice at n = 3.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        if n == 1:
            return ["()"]
        res = []
        for s in self.generateParenthesis(n - 1):
            res.append("(" + s + ")")
            res.append("()" + s)
            res.append(s + "()")
        return res
