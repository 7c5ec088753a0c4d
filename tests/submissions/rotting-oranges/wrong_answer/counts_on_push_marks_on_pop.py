# Decrements the fresh count when pushing a neighbour but marks it rotten only when popping it: an orange between
# two rotten ones is pushed and counted twice, so the count reaches 0 while a fresh orange is left.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        queue = deque((i, j) for i in range(m) for j in range(n) if grid[i][j] == 2)
        fresh = sum(row.count(1) for row in grid)
        minutes = 0
        while queue and fresh > 0:
            minutes += 1
            for _ in range(len(queue)):
                i, j = queue.popleft()
                grid[i][j] = 2
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                        fresh -= 1
                        queue.append((a, b))
        return minutes if fresh <= 0 else -1
