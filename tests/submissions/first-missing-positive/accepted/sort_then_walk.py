# O(n log n): sort, then walk the positives, skipping duplicates.
class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        expect = 1
        for v in sorted(nums):
            if v == expect:
                expect += 1
            elif v > expect:
                break
        return expect
