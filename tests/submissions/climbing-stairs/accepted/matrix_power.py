"""[[1,1],[1,0]]^n by repeated squaring: its top-left entry is F(n + 1), O(log n) multiplications."""
class Solution:
    def climbStairs(self, n: int) -> int:
        def mul(x, y):
            return [[x[0][0] * y[0][0] + x[0][1] * y[1][0], x[0][0] * y[0][1] + x[0][1] * y[1][1]],
                    [x[1][0] * y[0][0] + x[1][1] * y[1][0], x[1][0] * y[0][1] + x[1][1] * y[1][1]]]

        result, base = [[1, 0], [0, 1]], [[1, 1], [1, 0]]
        while n:
            if n & 1:
                result = mul(result, base)
            base = mul(base, base)
            n >>= 1
        return result[0][0]
