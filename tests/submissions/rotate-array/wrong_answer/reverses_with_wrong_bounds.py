"""The three reversals with the split one place off: the first k + 1 values, then the rest."""


class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        n = len(nums)
        k %= n

        def reverse(left, right):
            while left < right:
                nums[left], nums[right] = nums[right], nums[left]
                left, right = left + 1, right - 1

        reverse(0, n - 1)
        reverse(0, k)
        reverse(k + 1, n - 1)
