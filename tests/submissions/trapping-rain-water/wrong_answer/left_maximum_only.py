# Fills every bar up to the tallest bar on its left: the water that runs off the right is counted.
class Solution:
    def trap(self, height: List[int]) -> int:
        level = water = 0
        for h in height:
            level = max(level, h)
            water += level - h
        return water
