class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        raise NotImplementedError("write your solution to partition-equal-subset-sum here, then run `shousi run partition-equal-subset-sum`")
