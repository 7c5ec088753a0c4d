"""Measures a popped bar's width as i - top, from its own index: the taller bars popped before it, on its left,
are not counted."""


class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        stack = []
        best = 0
        for i, h in enumerate(heights + [0]):
            while stack and heights[stack[-1]] > h:
                top = stack.pop()
                best = max(best, heights[top] * (i - top))
            stack.append(i)
        return best
