class Solution:
    def sortColors(self, nums: List[int]) -> None:
        """Change nums in place; return nothing."""
        raise NotImplementedError("write your solution to sort-colors here, then run `shousi run sort-colors`")
