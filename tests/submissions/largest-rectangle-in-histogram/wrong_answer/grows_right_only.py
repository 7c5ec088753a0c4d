"""From every bar, grows the rectangle only to the right while the bars are at least as tall: the part on the
left of the lowest bar is never included."""


class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        n = len(heights)
        best = 0
        for i, h in enumerate(heights):
            j = i
            while j + 1 < n and heights[j + 1] >= h:
                j += 1
            best = max(best, h * (j - i + 1))
        return best
