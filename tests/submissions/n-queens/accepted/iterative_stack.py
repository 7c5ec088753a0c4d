"""Iterative: an explicit stack of partial placements (tuples of columns), each extended by the safe columns of
the next row, every earlier queen compared; returns tuples of strings."""


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        boards = []
        stack = [()]
        while stack:
            placed = stack.pop()
            r = len(placed)
            if r == n:
                boards.append(tuple("." * c + "Q" + "." * (n - 1 - c) for c in placed))
                continue
            for c in range(n):
                if all(c != pc and abs(c - pc) != r - pr for pr, pc in enumerate(placed)):
                    stack.append(placed + (c,))
        return boards
