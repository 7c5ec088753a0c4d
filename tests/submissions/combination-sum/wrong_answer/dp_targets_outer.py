"""A DP over the targets with the targets in the outer loop and the candidates inside (LC377's order): it builds
orderings, so [2,2,3] and [2,3,2] and [3,2,2] are all kept."""


class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        dp = [[] for _ in range(target + 1)]
        dp[0] = [[]]
        for t in range(1, target + 1):
            for c in candidates:
                if c <= t:
                    for combo in dp[t - c]:
                        dp[t].append(combo + [c])
        return dp[target]
