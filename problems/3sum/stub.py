class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        raise NotImplementedError("write your solution to 3sum here, then run `shousi run 3sum`")
