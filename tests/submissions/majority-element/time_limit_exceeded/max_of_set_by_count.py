"""max(set(nums), key=nums.count): one O(n) count per distinct value, about 25000 * 5 * 10^4 steps at the maximum."""
class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        return max(set(nums), key=nums.count)
