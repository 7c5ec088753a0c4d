# Iterative DFS with a set of visited tuples, marking when popped (cells may be pushed more than once).
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        visited = set()
        best = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != 1 or (r, c) in visited:
                    continue
                area = 0
                stack = [(r, c)]
                while stack:
                    x, y = stack.pop()
                    if (x, y) in visited:
                        continue
                    visited.add((x, y))
                    area += 1
                    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                        a, b = x + dx, y + dy
                        if 0 <= a < rows and 0 <= b < cols and grid[a][b] == 1 and (a, b) not in visited:
                            stack.append((a, b))
                best = max(best, area)
        return best
