"""Floyd with phase 1 from nums[0] (slow = fast = nums[0], then do-while) and phase 2 from index 0: the pointers are
one step out of phase and circle the cycle forever."""


class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        slow = fast = nums[0]
        while True:
            slow = nums[slow]
            fast = nums[nums[fast]]
            if slow == fast:
                break
        slow = 0
        while slow != fast:
            slow = nums[slow]
            fast = nums[fast]
        return slow
