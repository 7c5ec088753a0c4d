"""Cyclic replacements that follow the cycle from index 0 for n moves: when gcd(n, k) > 1 that cycle closes
after n / gcd moves and is walked again, and the values of the other cycles never move."""


class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        n = len(nums)
        k %= n
        index, carried = 0, nums[0]
        for _ in range(n):
            index = (index + k) % n
            nums[index], carried = carried, nums[index]
