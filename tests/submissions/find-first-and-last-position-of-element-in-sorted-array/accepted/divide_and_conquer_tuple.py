"""Divide and conquer: a half whose ends both equal target is one run, a half whose range misses target is
skipped, else split; O(log n) halves are split in all. Returns a tuple, which LeetCode's Python judge also takes
for List[int]. Accepted."""
class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        def go(lo, hi):
            if lo > hi or nums[lo] > target or nums[hi] < target:
                return (-1, -1)
            if nums[lo] == nums[hi] == target:
                return (lo, hi)
            mid = (lo + hi) // 2
            a, b = go(lo, mid), go(mid + 1, hi)
            if a[0] == -1:
                return b
            if b[0] == -1:
                return a
            return (a[0], b[1])
        return go(0, len(nums) - 1)
