class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        """Change nums in place; return nothing."""
        raise NotImplementedError("write your solution to move-zeroes here, then run `shousi run move-zeroes`")
