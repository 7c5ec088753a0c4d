# Top-down recursion with a hand-made dict memo and -1 for "impossible", handled before taking the minimum.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        memo = {0: 0}

        def solve(rem):
            if rem in memo:
                return memo[rem]
            best = -1
            for c in coins:
                if c <= rem:
                    sub = solve(rem - c)
                    if sub != -1 and (best == -1 or sub + 1 < best):
                        best = sub + 1
            memo[rem] = best
            return best

        return solve(amount)
