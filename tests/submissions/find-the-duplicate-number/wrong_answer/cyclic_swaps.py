"""Swaps each number to index value - 1 until two collide (cyclic sort): O(n), O(1) space, but it modifies nums."""
class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        while True:
            x = nums[0]
            if nums[x] == x:
                return x
            nums[0], nums[x] = nums[x], x
