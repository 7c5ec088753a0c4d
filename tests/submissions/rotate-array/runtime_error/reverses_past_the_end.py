"""The three reversals without `k %= n`: for k > n, reverse(k, n - 1) is harmless but reverse(0, k - 1) reads
past the end (IndexError)."""


class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        n = len(nums)

        def reverse(left, right):
            while left < right:
                nums[left], nums[right] = nums[right], nums[left]
                left, right = left + 1, right - 1

        reverse(0, n - 1)
        reverse(0, k - 1)
        reverse(k, n - 1)
