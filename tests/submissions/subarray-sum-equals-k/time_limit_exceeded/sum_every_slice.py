# Sums every subarray from scratch: O(n^3).
class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        n = len(nums)
        return sum(1 for i in range(n) for j in range(i + 1, n + 1) if sum(nums[i:j]) == k)
