# Two pointers that compare the running maxima instead of the bars: the lower maximum is settled first.
class Solution:
    def trap(self, height: List[int]) -> int:
        i, j = 0, len(height) - 1
        lmax, rmax = height[i], height[j]
        total = 0
        while i < j:
            if lmax <= rmax:
                i += 1
                lmax = max(lmax, height[i])
                total += lmax - height[i]
            else:
                j -= 1
                rmax = max(rmax, height[j])
                total += rmax - height[j]
        return total
