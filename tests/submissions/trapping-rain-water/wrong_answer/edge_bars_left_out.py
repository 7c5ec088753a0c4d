# Starts both running maxima at 0 instead of at the end bars: the first and last bars never count as walls.
class Solution:
    def trap(self, height: List[int]) -> int:
        n = len(height)
        left = [0] * n
        right = [0] * n
        for i in range(1, n):
            left[i] = max(left[i - 1], height[i])
        for i in range(n - 2, -1, -1):
            right[i] = max(right[i + 1], height[i])
        return sum(max(0, min(left[i], right[i]) - height[i]) for i in range(n))
