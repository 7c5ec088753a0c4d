# Measures the longest horizontal run of 1s: ignores that islands also extend vertically.
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        best = 0
        for row in grid:
            run = 0
            for cell in row:
                run = run + 1 if cell == 1 else 0
                best = max(best, run)
        return best
