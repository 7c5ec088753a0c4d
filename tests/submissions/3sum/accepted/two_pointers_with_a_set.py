# Sort and two pointers, but no duplicate skipping at all: a set of tuples removes the repeats afterwards.
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        n = len(nums)
        found = set()
        for i in range(n - 2):
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
                    hi -= 1
        return list(found)
