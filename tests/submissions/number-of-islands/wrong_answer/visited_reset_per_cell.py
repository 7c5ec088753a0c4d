# Forgets to remember visited cells across searches (the set is created inside the loop): counts every land cell.
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        count = 0
        for i in range(m):
            for j in range(n):
                visited = set()
                if grid[i][j] == "1" and (i, j) not in visited:
                    count += 1
                    queue = deque([(i, j)])
                    visited.add((i, j))
                    while queue:
                        x, y = queue.popleft()
                        for a, b in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                            if 0 <= a < m and 0 <= b < n and grid[a][b] == "1" and (a, b) not in visited:
                                visited.add((a, b))
                                queue.append((a, b))
        return count
