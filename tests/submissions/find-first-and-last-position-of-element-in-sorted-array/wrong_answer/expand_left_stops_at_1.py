"""Finds one copy, then walks both ways; the left walk tests a - 1 > 0 instead of a > 0 and so never reaches
index 0. Wrong answer when the run starts at index 0 but the search hits it elsewhere, e.g. [8, 8, 8, 8, 8] / 8
gives [1, 4]."""
class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                a = b = mid
                while b + 1 < len(nums) and nums[b + 1] == target:
                    b += 1
                while a - 1 > 0 and nums[a - 1] == target:
                    a -= 1
                return [a, b]
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return [-1, -1]
