# Stops at length n instead of 2n: half-built strings of the wrong length.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        res = []

        def go(s, left, right):
            if len(s) == n:
                res.append(s)
                return
            if left < n:
                go(s + "(", left + 1, right)
            if right < left:
                go(s + ")", left, right + 1)

        go("", 0, 0)
        return res
