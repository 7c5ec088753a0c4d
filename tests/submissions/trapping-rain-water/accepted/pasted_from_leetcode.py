# Pasted from LeetCode as is: running maxima by accumulate(..., max), relying on the implicit itertools names.
class Solution:
    def trap(self, height: List[int]) -> int:
        left = list(accumulate(height, max))
        right = list(accumulate(reversed(height), max))[::-1]
        return sum(min(l, r) - h for l, r, h in zip(left, right, height))
