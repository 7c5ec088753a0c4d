"""Greedy: takes the numbers largest first whenever they still fit under half: [4,3,3,2,2,2] stops at 7 of 8."""
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        room = total // 2
        for x in sorted(nums, reverse=True):
            if x <= room:
                room -= x
        return room == 0
