"""Pasted from LeetCode: a DP over the targets with the candidates in the outer loop (coin change II's order, so
each multiset once), relying on List and defaultdict being predefined."""


class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        dp = defaultdict(list)
        dp[0] = [[]]
        for c in candidates:
            for t in range(c, target + 1):
                for combo in dp[t - c]:
                    dp[t].append(combo + [c])
        return dp[target]
