"""XOR every value into one accumulator that starts at 0: pairs cancel, the single value is left."""


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        x = 0
        for v in nums:
            x ^= v
        return x
