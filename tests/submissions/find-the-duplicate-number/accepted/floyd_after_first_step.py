"""Floyd with phase 1 started after the first step (slow = nums[0], fast = nums[nums[0]]) and phase 2 from index 0:
consistent, since slow and fast are still x_k and x_2k."""


class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        slow, fast = nums[0], nums[nums[0]]
        while slow != fast:
            slow = nums[slow]
            fast = nums[nums[fast]]
        slow = 0
        while slow != fast:
            slow = nums[slow]
            fast = nums[fast]
        return slow
