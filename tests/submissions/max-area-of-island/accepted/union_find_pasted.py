# Pasted from LeetCode as is: union-find, relying on List and Counter being predefined (no imports).
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        parent = {}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for r, row in enumerate(grid):
            for c, cell in enumerate(row):
                if cell:
                    parent[(r, c)] = (r, c)
                    for nb in ((r - 1, c), (r, c - 1)):
                        if nb in parent:
                            parent[find(nb)] = find((r, c))
        sizes = Counter(find(cell) for cell in parent)
        return max(sizes.values()) if sizes else 0
