class Solution:
    def twoSum(self, nums: list[int], target: int) -> list[int]:
        """One pass: for each number, look up its complement among those already seen, then remember it."""
        index_of: dict[int, int] = {}
        for j, x in enumerate(nums):
            i = index_of.get(target - x)
            if i is not None:
                return [i, j]
            index_of[x] = j
        raise ValueError("no two numbers add up to target")
