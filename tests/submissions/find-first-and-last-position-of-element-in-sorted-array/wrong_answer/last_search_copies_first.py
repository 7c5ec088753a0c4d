"""The second search is a copy of the first with the same comparison: it finds the first copy again."""


class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        def search():
            lo, hi = 0, len(nums)
            while lo < hi:
                mid = (lo + hi) // 2
                if nums[mid] < target:
                    lo = mid + 1
                else:
                    hi = mid
            return lo

        first = search()
        if first == len(nums) or nums[first] != target:
            return [-1, -1]
        last = search()
        return [first, last]
