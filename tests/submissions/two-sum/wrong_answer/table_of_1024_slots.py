# A "hash table" of 1024 slots indexed by value % 1024 that never stores the key: each slot keeps the index of the
# first value that fell into it, so a partner is missed when an earlier value had the same remainder.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        slots = [-1] * 1024
        for j, x in enumerate(nums):
            i = slots[(target - x) % 1024]
            if i >= 0 and nums[i] + x == target:
                return [i, j]
            if slots[x % 1024] < 0:
                slots[x % 1024] = j
        return []
