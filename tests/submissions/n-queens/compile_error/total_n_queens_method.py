"""Names the method totalNQueens (LC52's): neither Solution.solveNQueens nor a function solve_n_queens."""


class Solution:
    def totalNQueens(self, n: int) -> List[List[str]]:
        return []
