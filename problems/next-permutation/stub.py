class Solution:
    def nextPermutation(self, nums: List[int]) -> None:
        """
        Do not return anything, modify nums in-place instead.
        """
        raise NotImplementedError("write your solution to next-permutation here, then run `shousi run next-permutation`")
