class Solution:
    def search(self, nums: List[int], target: int) -> int:
        raise NotImplementedError("write your solution to search-in-rotated-sorted-array here, then run `shousi run search-in-rotated-sorted-array`")
