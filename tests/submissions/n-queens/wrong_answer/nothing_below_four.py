"""Returns [] for every n < 4, remembering that 2 and 3 have no board: n = 1 has one, ["Q"]."""


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        if n < 4:
            return []
        res = []

        def bt(r, placed):
            if r == n:
                res.append(["." * c + "Q" + "." * (n - 1 - c) for c in placed])
                return
            for c in range(n):
                if all(c != pc and abs(c - pc) != r - pr for pr, pc in enumerate(placed)):
                    bt(r + 1, placed + [c])

        bt(0, [])
        return res
