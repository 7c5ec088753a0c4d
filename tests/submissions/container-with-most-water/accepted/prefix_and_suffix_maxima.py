"""Only a prefix maximum (taller than every line to its left) can be the left wall of the best container, and
only a suffix maximum the right one: two pointers over those two lists. Another argument, accepted."""
class Solution:
    def maxArea(self, height: List[int]) -> int:
        # only a line taller than everything to its left can be the left wall of the best container,
        # and only one taller than everything to its right the right wall; pair those two lists by two pointers
        left = []
        for i, h in enumerate(height):
            if not left or h > height[left[-1]]: left.append(i)
        right = []
        for i in range(len(height) - 1, -1, -1):
            if not right or height[i] > height[right[-1]]: right.append(i)
        a, b = 0, 0; best = 0
        while a < len(left) and b < len(right) and left[a] < right[b]:
            i, j = left[a], right[b]
            best = max(best, min(height[i], height[j]) * (j - i))
            if height[i] < height[j]: a += 1
            else: b += 1
        return best
