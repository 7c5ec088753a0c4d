# Starts the BFS from the first rotten orange found only; the others rot nothing until the wave reaches them.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        start = next(((i, j) for i in range(m) for j in range(n) if grid[i][j] == 2), None)
        fresh = sum(row.count(1) for row in grid)
        if fresh == 0:
            return 0
        if start is None:
            return -1
        dist = {start: 0}
        queue = deque([start])
        while queue:
            i, j = queue.popleft()
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= a < m and 0 <= b < n and grid[a][b] != 0 and (a, b) not in dist:
                    dist[(a, b)] = dist[(i, j)] + 1
                    queue.append((a, b))
        times = [dist.get((i, j)) for i in range(m) for j in range(n) if grid[i][j] == 1]
        return -1 if None in times else max(times)
