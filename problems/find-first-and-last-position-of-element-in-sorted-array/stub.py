class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        raise NotImplementedError("write your solution to find-first-and-last-position-of-element-in-sorted-array here, then run `shousi run find-first-and-last-position-of-element-in-sorted-array`")
