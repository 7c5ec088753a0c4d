"""Greedy: each number, largest first, goes into the lighter group: [3,3,2,2,2] ends 7 against 5."""
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        a = b = 0
        for x in sorted(nums, reverse=True):
            if a <= b:
                a += x
            else:
                b += x
        return a == b
