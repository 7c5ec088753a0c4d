# Correct but hopeless: builds every ordered selection (each permutation of each subset, about 9.9*10^6 at
# n = 10), then keeps one per set of numbers.
from itertools import permutations


class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        seen = set()
        out = []
        for k in range(len(nums) + 1):
            for p in permutations(nums, k):
                key = tuple(sorted(p))
                if key not in seen:
                    seen.add(key)
                    out.append(list(p))
        return out
