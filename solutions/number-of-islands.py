class Solution:
    def numIslands(self, grid: list[list[str]]) -> int:
        """Scan the grid; each unvisited land cell starts a new island, flood-filled with an explicit stack.

        Cells are marked when pushed, so each is pushed at most once: O(m*n) time, O(m*n) for the marks, and no
        recursion however long the island is. The input is left untouched.
        """
        m, n = len(grid), len(grid[0])
        seen = [[False] * n for _ in range(m)]
        islands = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != "1" or seen[r][c]:
                    continue
                islands += 1
                seen[r][c] = True
                stack = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= x < m and 0 <= y < n and grid[x][y] == "1" and not seen[x][y]:
                            seen[x][y] = True
                            stack.append((x, y))
        return islands
