class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        raise NotImplementedError("write your solution to unique-paths here, then run `shousi run unique-paths`")
