class Solution:
    def maxArea(self, height: List[int]) -> int:
        raise NotImplementedError("write your solution to container-with-most-water here, then run `shousi run container-with-most-water`")
