class Solution:
    def jump(self, nums: list[int]) -> int:
        """Breadth-first search by levels without a queue: `end` is the last index reachable with `jumps` jumps and
        `farthest` the furthest reachable with one more; reaching `end` forces a jump. O(n), O(1) space."""
        jumps = end = farthest = 0
        for i in range(len(nums) - 1):
            farthest = max(farthest, i + nums[i])
            if i == end:
                jumps += 1
                end = farthest
        return jumps
