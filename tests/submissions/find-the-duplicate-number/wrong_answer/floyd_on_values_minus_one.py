"""Floyd on i -> nums[i] - 1 (values made 0-based) but still started at index 0, which is now a value like any
other: the path from 0 may be a cycle of distinct numbers that never reaches the duplicate (the safe start is n)."""


class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        def step(i):
            return nums[i] - 1

        slow = fast = 0
        while True:
            slow = step(slow)
            fast = step(step(fast))
            if slow == fast:
                break
        slow = 0
        while slow != fast:
            slow = step(slow)
            fast = step(fast)
        return slow + 1
