"""House Robber II's answer (the first and the last house adjacent) on a street that is not circular."""
class Solution:
    def rob(self, nums: List[int]) -> int:
        def line(houses):
            prev, cur = 0, 0
            for x in houses:
                prev, cur = cur, max(cur, prev + x)
            return cur

        if len(nums) == 1:
            return nums[0]
        return max(line(nums[1:]), line(nums[:-1]))
