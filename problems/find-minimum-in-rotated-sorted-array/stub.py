class Solution:
    def findMin(self, nums: List[int]) -> int:
        raise NotImplementedError("write your solution to find-minimum-in-rotated-sorted-array here, then run `shousi run find-minimum-in-rotated-sorted-array`")
