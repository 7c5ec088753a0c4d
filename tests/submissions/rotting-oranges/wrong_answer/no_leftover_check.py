# Never checks for fresh oranges the rot could not reach: returns the minutes instead of -1.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        queue = deque((i, j) for i in range(m) for j in range(n) if grid[i][j] == 2)
        minutes = 0
        while queue:
            nxt = deque()
            for i, j in queue:
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                        grid[a][b] = 2
                        nxt.append((a, b))
            if nxt:
                minutes += 1
            queue = nxt
        return minutes
