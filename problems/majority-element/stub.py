class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        raise NotImplementedError("write your solution to majority-element here, then run `shousi run majority-element`")
