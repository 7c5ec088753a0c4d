"""A plain binary search for any copy, then a walk to both ends of its run: O(n) on a long run, accepted (as on
LeetCode) at n <= 10^5."""


class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                first = last = mid
                while first > 0 and nums[first - 1] == target:
                    first -= 1
                while last < len(nums) - 1 and nums[last + 1] == target:
                    last += 1
                return [first, last]
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return [-1, -1]
