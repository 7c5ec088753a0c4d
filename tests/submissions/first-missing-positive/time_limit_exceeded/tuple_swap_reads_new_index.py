# `nums[i], nums[nums[i] - 1] = ...` assigns nums[i] first, then computes the second index from the new nums[i]:
# the value lands in the wrong slot and the loop can swap the same two values forever ([3,4,-1,1]).
class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        n = len(nums)
        for i in range(n):
            while 1 <= nums[i] <= n and nums[nums[i] - 1] != nums[i]:
                nums[i], nums[nums[i] - 1] = nums[nums[i] - 1], nums[i]
        for i in range(n):
            if nums[i] != i + 1:
                return i + 1
        return n + 1
