"""Boyer-Moore with the reset after the vote: the new candidate is adopted at a count of 0 and gets no vote of its
own, so the next value can take over ([1,3,1] answers 3)."""


class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        candidate, count = nums[0], 0
        for x in nums:
            count += 1 if x == candidate else -1
            if count == 0:
                candidate = x
        return candidate
