"""From the end backwards: the leftmost index (among the 1000 before it) that reaches the current target becomes the
new target. O(n * max(nums)), 10^7 steps on 10^4 ones: the slowest approach here."""


class Solution:
    def jump(self, nums: List[int]) -> int:
        target = len(nums) - 1
        jumps = 0
        while target > 0:
            for i in range(max(0, target - 1000), target):
                if i + nums[i] >= target:
                    target = i
                    jumps += 1
                    break
        return jumps
