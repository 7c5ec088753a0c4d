class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        raise NotImplementedError("write your solution to n-queens here, then run `shousi run n-queens`")
