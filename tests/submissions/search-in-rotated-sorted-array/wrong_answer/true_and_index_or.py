"""target in nums and nums.index(target) or -1: the and/or idiom turns a found index 0 (falsy) into -1. Wrong
answer whenever target is the first value, e.g. [1] / 1."""
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        return target in nums and nums.index(target) or -1
