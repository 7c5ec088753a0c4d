class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        """Change nums in place; return nothing."""
        n = len(nums)
        k %= n  # rotating by n is rotating by 0

        def reverse(left: int, right: int) -> None:  # nums[left..right], both ends included
            while left < right:
                nums[left], nums[right] = nums[right], nums[left]
                left, right = left + 1, right - 1

        reverse(0, n - 1)  # the last k values come first, but backwards, and so do the others
        reverse(0, k - 1)
        reverse(k, n - 1)
