# Union-find with path halving and union by size: one component per land cell, minus one per successful union.
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        parent = list(range(m * n))
        size = [1] * (m * n)

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a, b):
            ra, rb = find(a), find(b)
            if ra == rb:
                return False
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
            return True

        count = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] != "1":
                    continue
                count += 1
                if i > 0 and grid[i - 1][j] == "1" and union(i * n + j, (i - 1) * n + j):
                    count -= 1
                if j > 0 and grid[i][j - 1] == "1" and union(i * n + j, i * n + j - 1):
                    count -= 1
        return count
