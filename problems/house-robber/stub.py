class Solution:
    def rob(self, nums: List[int]) -> int:
        raise NotImplementedError("write your solution to house-robber here, then run `shousi run house-robber`")
