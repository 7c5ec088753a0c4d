"""Keeps the result list on the class: it is shared by every Solution() and grows from one call to the next."""


class Solution:
    res = []

    def solveNQueens(self, n: int) -> List[List[str]]:
        def bt(r, placed):
            if r == n:
                self.res.append(["." * c + "Q" + "." * (n - 1 - c) for c in placed])
                return
            for c in range(n):
                if all(c != pc and abs(c - pc) != r - pr for pr, pc in enumerate(placed)):
                    bt(r + 1, placed + [c])

        bt(0, [])
        return self.res
