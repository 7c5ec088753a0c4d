"""Divide and conquer: the majority of a range is the majority of one of its halves; when the halves disagree,
count both in the range. O(n log n), recursive: the slowest approach here."""


class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        def majority(lo, hi):
            if lo == hi:
                return nums[lo]
            mid = (lo + hi) // 2
            left, right = majority(lo, mid), majority(mid + 1, hi)
            if left == right:
                return left
            part = nums[lo:hi + 1]
            return left if part.count(left) > part.count(right) else right

        return majority(0, len(nums) - 1)
