class Solution:
    def maxAreaOfIsland(self, grid: list[list[int]]) -> int:
        """Flood-fill each island once with an explicit stack, counting its cells; keep the largest count.

        Cells are marked when pushed, so each is pushed at most once: O(m*n) time and space, no recursion, and the
        input is left untouched. A grid without land gives 0.
        """
        m, n = len(grid), len(grid[0])
        seen = [[False] * n for _ in range(m)]
        best = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != 1 or seen[r][c]:
                    continue
                seen[r][c] = True
                stack, area = [(r, c)], 0
                while stack:
                    i, j = stack.pop()
                    area += 1
                    for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= x < m and 0 <= y < n and grid[x][y] == 1 and not seen[x][y]:
                            seen[x][y] = True
                            stack.append((x, y))
                best = max(best, area)
        return best
