"""Stops the search at the first complete board and returns it alone."""


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        def bt(r, placed):
            if r == n:
                return [["." * c + "Q" + "." * (n - 1 - c) for c in placed]]
            for c in range(n):
                if all(c != pc and abs(c - pc) != r - pr for pr, pc in enumerate(placed)):
                    found = bt(r + 1, placed + [c])
                    if found:
                        return found
            return []

        return bt(0, [])
