"""The slowest that is still fine: Dijkstra with a heap over the cells, moving only right and down."""
import heapq


class Solution:
    def minPathSum(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        best = {(0, 0): grid[0][0]}
        heap = [(grid[0][0], 0, 0)]
        while heap:
            d, i, j = heapq.heappop(heap)
            if (i, j) == (m - 1, n - 1):
                return d
            if d > best[(i, j)]:
                continue
            for a, b in ((i + 1, j), (i, j + 1)):
                if a < m and b < n and d + grid[a][b] < best.get((a, b), float("inf")):
                    best[(a, b)] = d + grid[a][b]
                    heapq.heappush(heap, (d + grid[a][b], a, b))
