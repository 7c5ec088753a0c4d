class Solution:
    def nextPermutation(self, nums: list[int]) -> None:
        """Change nums in place into the next permutation: pivot, swap with its successor, reverse the suffix."""
        i = len(nums) - 2
        while i >= 0 and nums[i] >= nums[i + 1]:
            i -= 1
        if i >= 0:  # nums[i + 1:] is non-increasing; swap nums[i] with the rightmost larger number in it
            j = len(nums) - 1
            while nums[j] <= nums[i]:
                j -= 1
            nums[i], nums[j] = nums[j], nums[i]
        lo, hi = i + 1, len(nums) - 1  # the suffix, still non-increasing, becomes non-decreasing
        while lo < hi:
            nums[lo], nums[hi] = nums[hi], nums[lo]
            lo, hi = lo + 1, hi - 1
