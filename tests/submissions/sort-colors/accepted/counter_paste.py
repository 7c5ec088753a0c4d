"""A LeetCode paste relying on the implicit imports: collections' Counter, written back with nums[:]."""


class Solution:
    def sortColors(self, nums: List[int]) -> None:
        c = Counter(nums)
        nums[:] = [0] * c[0] + [1] * c[1] + [2] * c[2]
