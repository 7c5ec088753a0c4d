"""The slowest approach accepted: scan every index, O(n) Python steps."""


class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        first = last = -1
        for i, value in enumerate(nums):
            if value == target:
                if first == -1:
                    first = i
                last = i
        return [first, last]
