# Keeps the result list on the class: it is shared by every Solution() and grows from one call to the next.
class Solution:
    res = []

    def generateParenthesis(self, n: int) -> List[str]:
        def go(s, left, right):
            if len(s) == 2 * n:
                self.res.append(s)
                return
            if left < n:
                go(s + "(", left + 1, right)
            if right < left:
                go(s + ")", left, right + 1)

        go("", 0, 0)
        return self.res
