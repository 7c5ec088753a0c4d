"""O(n + H) over the heights, 10^4 at most: for each level h from the top down, the leftmost and rightmost lines
at least h tall bound the widest container at that level. Another algorithm, accepted."""
class Solution:
    def maxArea(self, height):
        H = max(height)
        first = [len(height)] * (H + 2); last = [-1] * (H + 2)
        for i, h in enumerate(height):
            if i < first[h]: first[h] = i
            last[h] = i
        best = 0; lo = len(height); hi = -1
        for h in range(H, 0, -1):
            lo = min(lo, first[h]); hi = max(hi, last[h])
            if hi > lo: best = max(best, h * (hi - lo))
        return best
