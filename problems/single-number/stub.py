class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        raise NotImplementedError("write your solution to single-number here, then run `shousi run single-number`")
