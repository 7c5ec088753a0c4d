# Two pointers on a sorted copy, returning positions in the sorted copy instead of original indices.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        values = sorted(nums)
        lo, hi = 0, len(values) - 1
        while lo < hi:
            total = values[lo] + values[hi]
            if total == target:
                return [lo, hi]
            if total < target:
                lo += 1
            else:
                hi -= 1
