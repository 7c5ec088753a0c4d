# The right algorithm under the wrong name: Solution.three_sum is neither Solution.threeSum nor a module-level
# function.
class Solution:
    def three_sum(self, nums):
        nums = sorted(nums)
        found = set()
        for i in range(len(nums) - 2):
            seen = set()
            for b in nums[i + 1:]:
                if -nums[i] - b in seen:
                    found.add((nums[i], -nums[i] - b, b))
                seen.add(b)
        return [list(t) for t in found]
