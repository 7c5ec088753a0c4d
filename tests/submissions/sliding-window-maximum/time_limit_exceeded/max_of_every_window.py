# max() of every window: O(n * k), over 10^9 comparisons at n = 10^5, k = 5*10^4.
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
