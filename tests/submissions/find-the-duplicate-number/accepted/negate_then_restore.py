"""Marks seen numbers by sign, then takes every sign back before returning: nums is left as it came, so this is
accepted (the rule is about the array after the call), though it writes to the array, which an interviewer
would question."""


class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        duplicate = None
        for x in nums:
            v = abs(x)
            if nums[v] < 0:
                duplicate = v
                break
            nums[v] = -nums[v]
        for i in range(len(nums)):
            nums[i] = abs(nums[i])
        return duplicate
