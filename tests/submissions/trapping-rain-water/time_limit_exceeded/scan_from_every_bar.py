# For every bar, scans all bars to its left and to its right for their maxima: O(n^2), 4*10^8 steps at 2*10^4.
class Solution:
    def trap(self, height: List[int]) -> int:
        n = len(height)
        water = 0
        for i in range(n):
            left = right = 0
            for j in range(i + 1):
                if height[j] > left:
                    left = height[j]
            for j in range(i, n):
                if height[j] > right:
                    right = height[j]
            water += min(left, right) - height[i]
        return water
