"""Recursive binary search on the half-open range [lo, hi): depth about log2(n)."""


class Solution:
    def searchInsert(self, nums: List[int], target: int) -> int:
        def search(lo, hi):
            if lo == hi:
                return lo
            mid = (lo + hi) // 2
            if nums[mid] < target:
                return search(mid + 1, hi)
            return search(lo, mid)

        return search(0, len(nums))
