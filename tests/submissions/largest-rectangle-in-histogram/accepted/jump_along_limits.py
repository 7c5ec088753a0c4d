"""No stack: the left and right limits found by jumping along the limits already computed (p = left[p]), amortised
O(n); the slowest approach here, as LeetCode's discussions write it."""


class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        n = len(heights)
        left = [0] * n
        right = [0] * n
        for i in range(n):
            p = i - 1
            while p >= 0 and heights[p] >= heights[i]:
                p = left[p]
            left[i] = p
        for i in range(n - 1, -1, -1):
            p = i + 1
            while p < n and heights[p] >= heights[i]:
                p = right[p]
            right[i] = p
        best = 0
        for i in range(n):
            area = heights[i] * (right[i] - left[i] - 1)
            if area > best:
                best = area
        return best
