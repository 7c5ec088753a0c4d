# Stops as soon as a step gives less water than the best so far, as if the area only grew and then fell.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        l, r = 0, len(height) - 1
        ans = 0
        while l < r:
            area = min(height[l], height[r]) * (r - l)
            if area < ans:
                break
            ans = area
            if height[l] < height[r]:
                l += 1
            else:
                r -= 1
        return ans
