# Pasted from LeetCode: itertools' accumulate with operator.mul, relying on the implicit imports.
import operator


class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        prefix = list(itertools.accumulate(nums[:-1], operator.mul, initial=1))
        suffix = list(itertools.accumulate(reversed(nums[1:]), operator.mul, initial=1))[::-1]
        return [a * b for a, b in zip(prefix, suffix)]
