"""bisect_right instead of bisect_left: a target that is present gets the index after it."""
from bisect import bisect_right


class Solution:
    def searchInsert(self, nums: List[int], target: int) -> int:
        return bisect_right(nums, target)
