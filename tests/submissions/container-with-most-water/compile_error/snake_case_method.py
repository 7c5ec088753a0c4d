# The right algorithm under the wrong name: Solution.max_area is neither Solution.maxArea nor a module-level function.
class Solution:
    def max_area(self, height):
        l, r, ans = 0, len(height) - 1, 0
        while l < r:
            ans = max(ans, min(height[l], height[r]) * (r - l))
            if height[l] < height[r]:
                l += 1
            else:
                r -= 1
        return ans
