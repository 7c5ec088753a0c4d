"""LeetCode's class, closed ranges: on a hit, record mid and keep searching left (first) or right (last)."""


class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        def search(leftmost):
            lo, hi, found = 0, len(nums) - 1, -1
            while lo <= hi:
                mid = (lo + hi) // 2
                if nums[mid] < target:
                    lo = mid + 1
                elif nums[mid] > target:
                    hi = mid - 1
                else:
                    found = mid
                    if leftmost:
                        hi = mid - 1
                    else:
                        lo = mid + 1
            return found

        return [search(True), search(False)]
