"""Tries only the tallest bar alone and the lowest bar across the full width."""


class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        return max(max(heights), min(heights) * len(heights))
