"""Pasted from LeetCode as is (Counter and List implicit): the most common value. O(n) space, nums only read."""
class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        return Counter(nums).most_common(1)[0][0]
