class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        """Change nums in place; return nothing."""
        write = 0
        for value in nums:  # the non-zero values, packed to the front in their order
            if value != 0:
                nums[write] = value
                write += 1
        for index in range(write, len(nums)):  # then the zeros
            nums[index] = 0
