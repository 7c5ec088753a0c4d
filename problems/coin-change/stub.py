class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        raise NotImplementedError("write your solution to coin-change here, then run `shousi run coin-change`")
