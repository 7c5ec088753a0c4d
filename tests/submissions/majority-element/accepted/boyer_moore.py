"""Boyer-Moore voting in LeetCode's class: adopt a candidate at a count of 0, +1 for a match, -1 otherwise."""


class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        count = 0
        for x in nums:
            if count == 0:
                candidate = x
            count += 1 if x == candidate else -1
        return candidate
