"""A LeetCode paste relying on the implicit imports: itertools' accumulate gives the farthest reach after each
index; index i + 1 is reachable when the reach after i covers it."""


class Solution:
    def canJump(self, nums: List[int]) -> bool:
        reach = list(accumulate((i + x for i, x in enumerate(nums)), max))
        return all(reach[i] >= i + 1 for i in range(len(nums) - 1))
