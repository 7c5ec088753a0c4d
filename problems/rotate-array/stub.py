class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        """Change nums in place; return nothing."""
        raise NotImplementedError("write your solution to rotate-array here, then run `shousi run rotate-array`")
