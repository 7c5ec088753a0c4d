# Monotonic stack that fills each layer one bar wide, forgetting the width i - stack[-1] - 1.
class Solution:
    def trap(self, height: List[int]) -> int:
        stack = []
        water = 0
        for i, h in enumerate(height):
            while stack and height[stack[-1]] < h:
                bottom = stack.pop()
                if not stack:
                    break
                water += min(height[stack[-1]], h) - height[bottom]
            stack.append(i)
        return water
