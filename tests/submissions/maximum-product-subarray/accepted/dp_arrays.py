"""The slowest style that is still fine: two full tables, hi[i] and lo[i], the extreme products ending at i."""
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        n = len(nums)
        hi, lo = [0] * n, [0] * n
        hi[0] = lo[0] = nums[0]
        for i in range(1, n):
            candidates = (nums[i], hi[i - 1] * nums[i], lo[i - 1] * nums[i])
            hi[i], lo[i] = max(candidates), min(candidates)
        return max(hi)
