class Solution:
    def searchInsert(self, nums: List[int], target: int) -> int:
        raise NotImplementedError("write your solution to search-insert-position here, then run `shousi run search-insert-position`")
