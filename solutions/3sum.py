class Solution:
    def threeSum(self, nums: list[int]) -> list[list[int]]:
        """Sort, fix the smallest value of the triplet, and find the other two with two pointers; each value is
        tried once in each role, so no triplet comes out twice."""
        nums = sorted(nums)
        n = len(nums)
        triplets: list[list[int]] = []
        for i in range(n - 2):
            smallest = nums[i]
            if smallest > 0:
                break
            if i > 0 and smallest == nums[i - 1]:
                continue
            lo, hi = i + 1, n - 1
            while lo < hi:
                total = smallest + nums[lo] + nums[hi]
                if total < 0:
                    lo += 1
                elif total > 0:
                    hi -= 1
                else:
                    triplets.append([smallest, nums[lo], nums[hi]])
                    lo += 1
                    while lo < hi and nums[lo] == nums[lo - 1]:
                        lo += 1
                    hi -= 1
        return triplets
