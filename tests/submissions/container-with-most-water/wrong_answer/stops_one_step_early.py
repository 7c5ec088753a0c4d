# Loops while l < r - 1: two neighbouring lines are never measured ([1,100,100,1] answers 3, not 100).
class Solution:
    def maxArea(self, height: List[int]) -> int:
        l, r = 0, len(height) - 1
        ans = min(height[l], height[r]) * (r - l)
        while l < r - 1:
            if height[l] < height[r]:
                l += 1
            else:
                r -= 1
            ans = max(ans, min(height[l], height[r]) * (r - l)) if l < r - 1 else ans
        return ans
