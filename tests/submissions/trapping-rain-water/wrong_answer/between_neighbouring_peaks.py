# Fills between each pair of neighbouring local peaks up to the lower one: a peak under water splits a pool.
class Solution:
    def trap(self, height: List[int]) -> int:
        n = len(height)
        peaks = [i for i in range(n)
                 if (i == 0 or height[i] >= height[i - 1]) and (i == n - 1 or height[i] >= height[i + 1])]
        water = 0
        for a, b in zip(peaks, peaks[1:]):
            level = min(height[a], height[b])
            water += sum(max(0, level - height[k]) for k in range(a + 1, b))
        return water
