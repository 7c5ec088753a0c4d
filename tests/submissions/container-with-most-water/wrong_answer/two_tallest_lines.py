# Greedy: the two tallest lines, wherever they stand. Tall neighbours hold little water.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        i, j = sorted(sorted(range(len(height)), key=lambda k: height[k])[-2:])
        return min(height[i], height[j]) * (j - i)
