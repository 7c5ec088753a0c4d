"""Boyer-Moore started at nums[0] with a count of 1, then the loop runs over all of nums: nums[0] votes twice
([4,3,3] answers 4)."""


class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        candidate, count = nums[0], 1
        for x in nums:
            if count == 0:
                candidate = x
            count += 1 if x == candidate else -1
        return candidate
