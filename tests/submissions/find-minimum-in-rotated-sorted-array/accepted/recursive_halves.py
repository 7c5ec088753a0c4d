"""Recursive: a sorted range answers its first value; otherwise the smaller of its two halves' minima. Only one
half of an unsorted range is itself unsorted, so the recursion is O(log n) deep and O(log n) in total."""


class Solution:
    def findMin(self, nums: List[int]) -> int:
        def smallest(lo, hi):
            if nums[lo] <= nums[hi]:
                return nums[lo]
            mid = (lo + hi) // 2
            return min(smallest(lo, mid), smallest(mid + 1, hi))

        return smallest(0, len(nums) - 1)
