# Correct but hopeless: tries every sequence of n values from the range -10..10 (21^6, about 8.6*10^7, at n = 6)
# and keeps those that use exactly the numbers of nums.
from itertools import product


class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        target = sorted(nums)
        return [list(seq) for seq in product(range(-10, 11), repeat=len(nums)) if sorted(seq) == target]
