class Solution:
    def trap(self, height: List[int]) -> int:
        raise NotImplementedError("write your solution to trapping-rain-water here, then run `shousi run trapping-rain-water`")
