"""Tries every vector of counts, 0 to target // c of each candidate c: 4^3 * 3^7 * 2^20 (10^11) vectors for the
30 candidates 11..40 and target 40."""
from itertools import product


class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        res = []
        for counts in product(*(range(target // c + 1) for c in candidates)):
            if sum(k * c for k, c in zip(counts, candidates)) == target:
                res.append([c for k, c in zip(counts, candidates) for _ in range(k)])
        return res
