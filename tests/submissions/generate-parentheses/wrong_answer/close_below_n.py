# Allows ")" whenever fewer than n are closed (not "fewer than opened"): produces invalid strings such as ")()(".
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        res = []

        def go(s, left, right):
            if len(s) == 2 * n:
                res.append(s)
                return
            if left < n:
                go(s + "(", left + 1, right)
            if right < n:
                go(s + ")", left, right + 1)

        go("", 0, 0)
        return res
