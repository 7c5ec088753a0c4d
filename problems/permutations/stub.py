class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        raise NotImplementedError("write your solution to permutations here, then run `shousi run permutations`")
