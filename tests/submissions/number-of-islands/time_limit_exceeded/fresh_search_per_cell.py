# Correct but O((m*n)^2): searches a land cell's whole island afresh from every cell, counting the island's first cell.
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        count = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] != "1":
                    continue
                island = {(i, j)}
                stack = [(i, j)]
                while stack:
                    x, y = stack.pop()
                    for a, b in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == "1" and (a, b) not in island:
                            island.add((a, b))
                            stack.append((a, b))
                if min(island) == (i, j):
                    count += 1
        return count
