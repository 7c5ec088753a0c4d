# Divide and conquer, O(n log n): the best run is in the left half, the right half, or crosses the middle.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        def best(lo, hi):
            if lo == hi:
                return nums[lo]
            mid = (lo + hi) // 2
            left = right = -inf
            total = 0
            for i in range(mid, lo - 1, -1):
                total += nums[i]
                left = max(left, total)
            total = 0
            for i in range(mid + 1, hi + 1):
                total += nums[i]
                right = max(right, total)
            return max(best(lo, mid), best(mid + 1, hi), left + right)

        return best(0, len(nums) - 1)
