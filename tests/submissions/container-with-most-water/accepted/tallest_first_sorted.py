# O(n log n): visit the lines from the tallest down, keeping the leftmost and rightmost index among the taller
# ones; a line is the level of a container whose other side is the farthest taller line. The slowest accepted.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        order = sorted(range(len(height)), key=lambda i: -height[i])
        lo = hi = order[0]
        best = 0
        for i in order[1:]:
            best = max(best, height[i] * max(i - lo, hi - i))
            lo, hi = min(lo, i), max(hi, i)
        return best
