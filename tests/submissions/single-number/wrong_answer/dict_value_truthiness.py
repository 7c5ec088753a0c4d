"""A dict toggle that tests the stored value, `if seen.get(x)`, instead of `x in seen`: a pair of zeros is stored
as 0, which is falsy, so it is never removed and can be returned instead of the single value."""
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        seen = {}
        for x in nums:
            if seen.get(x):
                del seen[x]
            else:
                seen[x] = x
        return next(iter(seen))
