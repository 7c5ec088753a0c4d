"""Walks itertools.permutations of the sorted numbers until it passes nums: up to 100! arrangements."""
class Solution:
    def nextPermutation(self, nums: List[int]) -> None:
        from itertools import permutations

        target = tuple(nums)
        found = None
        for arrangement in permutations(sorted(nums)):
            if arrangement > target and (found is None or arrangement < found):
                found = arrangement
                break
        nums[:] = found if found is not None else sorted(nums)
