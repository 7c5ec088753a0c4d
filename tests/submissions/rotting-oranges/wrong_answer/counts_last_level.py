# Counts every level of the queue as a minute, the last one too, which rots nothing: one minute too many.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        queue = deque((i, j) for i in range(m) for j in range(n) if grid[i][j] == 2)
        fresh = sum(row.count(1) for row in grid)
        if fresh == 0:
            return 0
        minutes = 0
        while queue:
            minutes += 1
            for _ in range(len(queue)):
                i, j = queue.popleft()
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                        grid[a][b] = 2
                        fresh -= 1
                        queue.append((a, b))
        return minutes if fresh == 0 else -1
