"""Divide and conquer that, when the halves disagree, keeps the left half's answer if it fills at least half of
the range (>= where > is needed): in [2,3,3], 2 fills half of [2,3] and then of the whole."""


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
            return left if part.count(left) >= len(part) // 2 else right

        return majority(0, len(nums) - 1)
