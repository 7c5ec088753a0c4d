"""Every first bar, every last bar, with the running minimum: O(n^2), 5*10^9 steps at n = 10^5."""


class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        n = len(heights)
        best = 0
        for i in range(n):
            low = heights[i]
            for j in range(i, n):
                if heights[j] < low:
                    low = heights[j]
                if low * (j - i + 1) > best:
                    best = low * (j - i + 1)
        return best
