"""Two passes of partitioning: the 0s swapped to the front, then the 2s swapped to the back."""


class Solution:
    def sortColors(self, nums: List[int]) -> None:
        front = 0
        for i in range(len(nums)):
            if nums[i] == 0:
                nums[front], nums[i] = nums[i], nums[front]
                front += 1
        back = len(nums) - 1
        for i in range(len(nums) - 1, front - 1, -1):
            if nums[i] == 2:
                nums[back], nums[i] = nums[i], nums[back]
                back -= 1
