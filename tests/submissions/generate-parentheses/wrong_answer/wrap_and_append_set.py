# The same recursion with a set: no repeats, but "(())(())" (neither a wrap nor "()" + s nor s + "()") is missed at n = 4.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        if n == 1:
            return ["()"]
        res = set()
        for s in self.generateParenthesis(n - 1):
            res.add("(" + s + ")")
            res.add("()" + s)
            res.add(s + "()")
        return list(res)
