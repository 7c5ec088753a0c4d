# Counts the lines, not the gaps: width r - l + 1.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        l, r = 0, len(height) - 1
        ans = 0
        while l < r:
            ans = max(ans, min(height[l], height[r]) * (r - l + 1))
            if height[l] < height[r]:
                l += 1
            else:
                r -= 1
        return ans
