"""The slowest approach LeetCode accepts: simulate minute by minute, each minute scanning the whole grid and rotting
from a snapshot of the previous minute: O((m*n)^2) on a long path, fine for a 10x10 crate."""
from typing import List


class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        cur = [row[:] for row in grid]
        minutes = 0
        while True:
            nxt = [row[:] for row in cur]
            changed = False
            for i in range(m):
                for j in range(n):
                    if cur[i][j] == 1 and any(0 <= a < m and 0 <= b < n and cur[a][b] == 2
                                              for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1))):
                        nxt[i][j] = 2
                        changed = True
            if not changed:
                break
            cur = nxt
            minutes += 1
        return -1 if any(cell == 1 for row in cur for cell in row) else minutes
