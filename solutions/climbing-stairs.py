class Solution:
    def climbStairs(self, n: int) -> int:
        """Bottom-up over the steps: `before` and `here` are the ways to reach steps i - 1 and i."""
        before, here = 1, 1  # ways(0) = 1: staying at the bottom is one (empty) climb
        for _ in range(n - 1):
            before, here = here, before + here
        return here
