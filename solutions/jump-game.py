class Solution:
    def canJump(self, nums: List[int]) -> bool:
        """Greedy: the farthest index reachable so far; stuck at the first index beyond it. O(n) time, O(1) space."""
        reach = 0
        last = len(nums) - 1
        for i, jump in enumerate(nums):
            if i > reach:
                return False
            reach = max(reach, i + jump)
            if reach >= last:
                return True
        return True
