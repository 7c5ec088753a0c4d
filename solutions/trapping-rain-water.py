class Solution:
    def trap(self, height: list[int]) -> int:
        """Two pointers: the lower side's running max bounds its water (the other side has a bar at least as tall),
        so settle that side and move it inward."""
        left, right = 0, len(height) - 1
        left_max = right_max = water = 0
        while left < right:
            if height[left] < height[right]:
                left_max = max(left_max, height[left])
                water += left_max - height[left]
                left += 1
            else:
                right_max = max(right_max, height[right])
                water += right_max - height[right]
                right -= 1
        return water
