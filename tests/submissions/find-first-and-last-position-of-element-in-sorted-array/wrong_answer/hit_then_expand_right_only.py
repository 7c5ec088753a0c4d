"""Takes the first copy the search meets as the first of the run and only walks right: wrong whenever the probe
lands inside a run rather than at its start."""


class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                last = mid
                while last + 1 < len(nums) and nums[last + 1] == target:
                    last += 1
                return [mid, last]
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return [-1, -1]
