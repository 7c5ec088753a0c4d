"""Returns the rotated list, built new, and leaves nums as it was."""


class Solution:
    def rotate(self, nums: List[int], k: int) -> List[int]:
        k %= len(nums)
        return nums[-k:] + nums[:-k]
