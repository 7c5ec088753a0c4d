# Union-find over the values, x joined with x + 1, path halving and union by size: the slowest accepted.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        parent, size = {}, {}
        for x in nums:
            parent[x], size[x] = x, 1

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for x in parent:
            if x + 1 in parent:
                a, b = find(x), find(x + 1)
                if a != b:
                    if size[a] < size[b]:
                        a, b = b, a
                    parent[b] = a
                    size[a] += size[b]
        return max(size[find(x)] for x in parent) if parent else 0
