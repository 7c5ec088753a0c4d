"""Pasted from LeetCode, the slowest approach it accepts: every permutation of the columns (9! = 362880, one
queen per row and column), kept when the r + c and r - c values are all distinct; permutations is predefined."""


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        res = []
        for perm in permutations(range(n)):
            if len({r + c for r, c in enumerate(perm)}) == n and len({r - c for r, c in enumerate(perm)}) == n:
                res.append(["." * c + "Q" + "." * (n - c - 1) for c in perm])
        return res
