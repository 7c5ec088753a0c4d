"""Greedy: subtracts the largest square that fits, again and again: 12 answers 4 (9 + 1 + 1 + 1), not 3."""
class Solution:
    def numSquares(self, n: int) -> int:
        count = 0
        while n:
            root = int(n ** 0.5)
            n -= root * root
            count += 1
        return count
