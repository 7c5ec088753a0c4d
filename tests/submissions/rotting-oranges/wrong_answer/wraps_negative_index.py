# Checks only the upper bounds (a < m, b < n): index -1 wraps around to the last row or column, so rot jumps from
# one edge of the crate to the other.
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
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if a < m and b < n and grid[a][b] == 1:
                        grid[a % m][b % n] = 2
                        fresh -= 1
                        queue.append((a % m, b % n))
        return minutes if fresh == 0 else -1
