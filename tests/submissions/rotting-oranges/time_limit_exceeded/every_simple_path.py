# Correct but exponential: from each rotten orange, walks every simple path through fresh oranges, keeping the
# shortest length that reaches each cell. A 10x10 crate of fresh oranges has astronomically many simple paths.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        best = {}
        on_path = set()

        def walk(i, j, t):
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= a < m and 0 <= b < n and grid[a][b] == 1 and (a, b) not in on_path:
                    best[(a, b)] = min(best.get((a, b), t + 1), t + 1)
                    on_path.add((a, b))
                    walk(a, b, t + 1)
                    on_path.discard((a, b))

        for i in range(m):
            for j in range(n):
                if grid[i][j] == 2:
                    walk(i, j, 0)
        fresh = [(i, j) for i in range(m) for j in range(n) if grid[i][j] == 1]
        if any(cell not in best for cell in fresh):
            return -1
        return max((best[cell] for cell in fresh), default=0)
