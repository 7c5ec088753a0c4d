"""Caches the table on the class, which is fine, but also the list of squares, sized for the first n it is
asked: the grader runs the cases in one process, as LeetCode does, so after example 1 (n = 12) the squares stop at 9
and n = 32 answers 5 (9 + 9 + 9 + 4 + 1), never seeing 16 + 16."""
class Solution:
    dp = [0]
    squares = None
    def numSquares(self, n):
        dp = Solution.dp
        if Solution.squares is None:
            Solution.squares = [k * k for k in range(1, int(n ** 0.5) + 1)]
        while len(dp) <= n:
            i = len(dp)
            dp.append(1 + min(dp[i - s] for s in Solution.squares if s <= i))
        return dp[n]
