class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        raise NotImplementedError("write your solution to largest-rectangle-in-histogram here, then run `shousi run largest-rectangle-in-histogram`")
