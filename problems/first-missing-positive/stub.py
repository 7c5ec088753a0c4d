class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        raise NotImplementedError(
            "write your solution to first-missing-positive here, then run `shousi run first-missing-positive`")
