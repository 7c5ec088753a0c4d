class Solution:
    def numSquares(self, n: int) -> int:
        """least[i] = 1 + the smallest least[i - k*k] over the squares k*k <= i, for i = 1..n."""
        squares = []
        k = 1
        while k * k <= n:
            squares.append(k * k)
            k += 1
        least = [0] * (n + 1)
        for i in range(1, n + 1):
            best = i
            for square in squares:
                if square > i:
                    break
                if least[i - square] + 1 < best:
                    best = least[i - square] + 1
            least[i] = best
        return least[n]
