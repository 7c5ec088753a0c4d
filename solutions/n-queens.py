class Solution:
    def solveNQueens(self, n: int) -> list[list[str]]:
        """Backtracking row by row, with the columns and both diagonals (r - c and r + c) taken kept in sets:
        O(1) per test, about n! placements tried in the worst case."""
        boards: list[list[str]] = []
        queens: list[int] = []  # queens[r]: the column of the queen in row r
        columns: set[int] = set()
        downs: set[int] = set()  # r - c, constant along a down-right diagonal
        ups: set[int] = set()  # r + c, constant along an up-right diagonal

        def place(r: int) -> None:
            if r == n:
                boards.append(["." * c + "Q" + "." * (n - 1 - c) for c in queens])
                return
            for c in range(n):
                if c in columns or r - c in downs or r + c in ups:
                    continue
                queens.append(c)
                columns.add(c)
                downs.add(r - c)
                ups.add(r + c)
                place(r + 1)
                queens.pop()
                columns.remove(c)
                downs.remove(r - c)
                ups.remove(r + c)

        place(0)
        return boards
