# Simulates the rain one level at a time: O(n x max height), 2*10^9 steps with heights up to 10^5.
class Solution:
    def trap(self, height: List[int]) -> int:
        water = 0
        for level in range(1, max(height) + 1):
            first = last = -1
            for i, h in enumerate(height):
                if h >= level:
                    if first < 0:
                        first = i
                    last = i
            if first < last:
                water += sum(1 for i in range(first + 1, last) if height[i] < level)
        return water
