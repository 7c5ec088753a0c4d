# The right pointer starts at len(height), one past the last line: IndexError on the first comparison.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        l, r = 0, len(height)
        ans = 0
        while l < r:
            ans = max(ans, min(height[l], height[r]) * (r - l))
            if height[l] < height[r]:
                l += 1
            else:
                r -= 1
        return ans
