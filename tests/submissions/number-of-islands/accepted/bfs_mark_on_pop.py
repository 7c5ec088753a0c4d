# Slow but accepted: BFS on a list with pop(0), tuples in a set, marking cells when popped so they queue repeatedly.
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        visited = set()
        count = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] == "1" and (i, j) not in visited:
                    count += 1
                    queue = [(i, j)]
                    while queue:
                        x, y = queue.pop(0)
                        if (x, y) in visited:
                            continue
                        visited.add((x, y))
                        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                            a, b = x + dx, y + dy
                            if 0 <= a < m and 0 <= b < n and grid[a][b] == "1" and (a, b) not in visited:
                                queue.append((a, b))
        return count
