class Solution:
    def findDuplicate(self, nums: list[int]) -> int:
        """Floyd's cycle detection on i -> nums[i] from index 0: the cycle's entrance is the duplicate. O(n), O(1)."""
        slow = fast = 0
        while True:
            slow, fast = nums[slow], nums[nums[fast]]
            if slow == fast:
                break
        slow = 0
        while slow != fast:
            slow, fast = nums[slow], nums[fast]
        return slow
