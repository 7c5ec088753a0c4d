"""The binary search on the value with count >= mid instead of count > mid: the halves are chosen wrongly
([2,1,2] answers 1)."""
class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        lo, hi = 1, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if sum(x <= mid for x in nums) >= mid:
                hi = mid
            else:
                lo = mid + 1
        return lo
