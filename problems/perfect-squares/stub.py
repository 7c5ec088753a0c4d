class Solution:
    def numSquares(self, n: int) -> int:
        raise NotImplementedError("write your solution to perfect-squares here, then run `shousi run perfect-squares`")
