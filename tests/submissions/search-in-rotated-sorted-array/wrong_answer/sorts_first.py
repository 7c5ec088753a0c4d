"""Sorts the array and binary-searches it: the index found is the target's place in the sorted array, not in nums
(right only when nums was not rotated)."""


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        ordered = sorted(nums)
        i = bisect_left(ordered, target)
        return i if i < len(ordered) and ordered[i] == target else -1
