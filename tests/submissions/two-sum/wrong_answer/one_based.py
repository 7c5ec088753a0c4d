class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums, 1):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
