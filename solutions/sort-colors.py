class Solution:
    def sortColors(self, nums: List[int]) -> None:
        """Change nums in place; return nothing. Dutch national flag: one pass, O(n) time, O(1) space."""
        low, i, high = 0, 0, len(nums) - 1
        while i <= high:
            if nums[i] == 0:
                nums[low], nums[i] = nums[i], nums[low]
                low += 1
                i += 1
            elif nums[i] == 2:
                nums[i], nums[high] = nums[high], nums[i]
                high -= 1  # i stays: the value fetched from the end is unseen
            else:
                i += 1
