class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        raise NotImplementedError("write your solution to find-the-duplicate-number here, then run `shousi run find-the-duplicate-number`")
