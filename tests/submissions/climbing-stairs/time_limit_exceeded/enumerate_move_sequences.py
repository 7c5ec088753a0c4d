"""Tries every sequence of 1- and 2-moves of each length and counts those summing to n: about 2^n sequences."""
from itertools import product


class Solution:
    def climbStairs(self, n: int) -> int:
        count = 0
        for moves in range((n + 1) // 2, n + 1):
            for seq in product((1, 2), repeat=moves):
                if sum(seq) == n:
                    count += 1
        return count
