"""nums.count(x) for each x: the counting runs in C, but it is still O(n^2), about 10 s at n = 3 * 10^4."""
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        for x in nums:
            if nums.count(x) == 1:
                return x
