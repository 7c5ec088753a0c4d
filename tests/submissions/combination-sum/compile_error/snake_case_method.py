"""Names the method combination_sum inside the class: neither Solution.combinationSum nor a function."""


class Solution:
    def combination_sum(self, candidates: List[int], target: int) -> List[List[int]]:
        return []
