# O(m*n) with heavy constants: BFS over a growing list, `in range()` bounds tests, the area stored for every cell.
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        area_of = {}
        for i in range(m):
            for j in range(n):
                if grid[i][j] != 1 or (i, j) in area_of:
                    continue
                island = [(i, j)]
                members = {(i, j)}
                k = 0
                while k < len(island):
                    x, y = island[k]
                    k += 1
                    for a, b in [(x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)]:
                        if a in range(m) and b in range(n) and grid[a][b] == 1 and (a, b) not in members:
                            members.add((a, b))
                            island.append((a, b))
                for cell in island:
                    area_of[cell] = len(island)
        return max(area_of.values(), default=0)
