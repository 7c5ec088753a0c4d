# Simulates the minutes without a snapshot: an orange rotted earlier in the same scan already infects its
# neighbours, so the rot runs down a whole row or column in one minute.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        minutes = 0
        while True:
            changed = False
            for i in range(m):
                for j in range(n):
                    if grid[i][j] == 1 and any(0 <= a < m and 0 <= b < n and grid[a][b] == 2
                                               for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1))):
                        grid[i][j] = 2
                        changed = True
            if not changed:
                break
            minutes += 1
        return -1 if any(1 in row for row in grid) else minutes
