class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        raise NotImplementedError("write your solution to subarray-sum-equals-k here, then run `shousi run subarray-sum-equals-k`")
