class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        raise NotImplementedError("write your solution to combination-sum here, then run `shousi run combination-sum`")
