"""A LeetCode paste relying on the implicit imports: functools' reduce and operator's xor, not imported."""


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        return reduce(xor, nums)
