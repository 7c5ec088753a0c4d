class Solution:
    def generateParenthesis(self, n: int) -> list[str]:
        """Backtracking: open a parenthesis while fewer than n are open, close one while some is unmatched."""
        found: list[str] = []
        path: list[str] = []

        def extend(opened: int, closed: int) -> None:
            if closed == n:
                found.append("".join(path))
                return
            if opened < n:
                path.append("(")
                extend(opened + 1, closed)
                path.pop()
            if closed < opened:
                path.append(")")
                extend(opened, closed + 1)
                path.pop()

        extend(0, 0)
        return found
