class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        raise NotImplementedError("write your solution to subsets here, then run `shousi run subsets`")
