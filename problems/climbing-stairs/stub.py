class Solution:
    def climbStairs(self, n: int) -> int:
        raise NotImplementedError("write your solution to climbing-stairs here, then run `shousi run climbing-stairs`")
