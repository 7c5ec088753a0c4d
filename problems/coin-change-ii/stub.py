class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        raise NotImplementedError("write your solution to coin-change-ii here, then run `shousi run coin-change-ii`")
