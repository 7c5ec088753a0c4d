# Correct but exponential: from every land cell, explores every simple path (unmarking on the way back),
# collecting the cells reached; the union is the island, but a 50x50 block has astronomically many paths.
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        best = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] != 1:
                    continue
                reached = set()
                on_path = {(i, j)}

                def walk(x, y):
                    reached.add((x, y))
                    for a, b in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == 1 and (a, b) not in on_path:
                            on_path.add((a, b))
                            walk(a, b)
                            on_path.remove((a, b))

                walk(i, j)
                best = max(best, len(reached))
        return best
