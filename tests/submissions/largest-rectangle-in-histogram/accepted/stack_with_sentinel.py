"""LeetCode's class: a stack of increasing heights' indices, flushed by a 0 appended to the heights."""


class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        heights.append(0)
        stack = [-1]
        ans = 0
        for i, h in enumerate(heights):
            while stack[-1] != -1 and heights[stack[-1]] >= h:
                top = stack.pop()
                ans = max(ans, heights[top] * (i - stack[-1] - 1))
            stack.append(i)
        heights.pop()
        return ans
