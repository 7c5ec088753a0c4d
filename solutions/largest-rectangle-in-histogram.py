class Solution:
    def largestRectangleArea(self, heights: list[int]) -> int:
        """A stack of indices whose heights increase from bottom to top. A lower bar j closes every taller bar on
        the stack: the popped bar spans from just after the index below it to just before j. A final bar of height 0
        closes the rest. O(n): each index is pushed and popped once."""
        best = 0
        stack: list[int] = []
        for j, h in enumerate(heights + [0]):
            while stack and heights[stack[-1]] > h:
                top = stack.pop()
                left = stack[-1] if stack else -1
                best = max(best, heights[top] * (j - left - 1))
            stack.append(j)
        return best
