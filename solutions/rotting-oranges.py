class Solution:
    def orangesRotting(self, grid: list[list[int]]) -> int:
        """Multi-source BFS: every rotten orange is in the queue at minute 0; each level of the queue is one minute.

        A fresh neighbour is marked (in a separate matrix: the input is left untouched) when it is pushed, so it is
        counted once. O(m*n) time and space.
        """
        m, n = len(grid), len(grid[0])
        rotten = [[cell == 2 for cell in row] for row in grid]
        fresh = sum(cell == 1 for row in grid for cell in row)
        level = [(r, c) for r in range(m) for c in range(n) if grid[r][c] == 2]
        minutes = 0
        while fresh and level:
            following = []
            for i, j in level:
                for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= x < m and 0 <= y < n and grid[x][y] == 1 and not rotten[x][y]:
                        rotten[x][y] = True
                        fresh -= 1
                        following.append((x, y))
            level = following
            if level:
                minutes += 1
        return minutes if fresh == 0 else -1
