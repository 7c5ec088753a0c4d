class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        raise NotImplementedError("write your solution to two-sum here, then run `shousi run two-sum`")
