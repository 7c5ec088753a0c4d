# Recursive DFS with a visited set (the input is not modified), as a nested helper.
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        seen = set()

        def explore(r, c):
            if not (0 <= r < len(grid) and 0 <= c < len(grid[0])):
                return
            if grid[r][c] == "0" or (r, c) in seen:
                return
            seen.add((r, c))
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                explore(r + dr, c + dc)

        islands = 0
        for r in range(len(grid)):
            for c in range(len(grid[0])):
                if grid[r][c] == "1" and (r, c) not in seen:
                    explore(r, c)
                    islands += 1
        return islands
