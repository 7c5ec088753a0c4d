"""Takes the left limit as index 0 when the stack is empty, so the width is i - 1 instead of i."""


class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        stack = []
        best = 0
        for i, h in enumerate(heights + [0]):
            while stack and heights[stack[-1]] > h:
                top = stack.pop()
                left = stack[-1] if stack else 0
                best = max(best, heights[top] * (i - left - 1))
            stack.append(i)
        return best
