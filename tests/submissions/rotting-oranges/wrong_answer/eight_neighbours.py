# Spreads the rot to all eight neighbours, diagonals included.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        queue = deque((i, j) for i in range(m) for j in range(n) if grid[i][j] == 2)
        fresh = sum(row.count(1) for row in grid)
        minutes = 0
        while queue and fresh:
            minutes += 1
            for _ in range(len(queue)):
                i, j = queue.popleft()
                for di in (-1, 0, 1):
                    for dj in (-1, 0, 1):
                        a, b = i + di, j + dj
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                            grid[a][b] = 2
                            fresh -= 1
                            queue.append((a, b))
        return minutes if fresh == 0 else -1
