# Finds the highest bar, then walks towards it from each end: on each side the running max is the level.
class Solution:
    def trap(self, height: List[int]) -> int:
        top = height.index(max(height))
        water = 0
        level = 0
        for h in height[:top]:
            level = max(level, h)
            water += level - h
        level = 0
        for h in reversed(height[top + 1:]):
            level = max(level, h)
            water += level - h
        return water
