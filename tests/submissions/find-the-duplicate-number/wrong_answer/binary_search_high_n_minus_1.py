"""Binary search on the value with hi = len(nums) - 2 = n - 1: the duplicate n is outside the range searched."""


class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        lo, hi = 1, len(nums) - 2
        while lo < hi:
            mid = (lo + hi) // 2
            if sum(1 for x in nums if x <= mid) > mid:
                hi = mid
            else:
                lo = mid + 1
        return lo
