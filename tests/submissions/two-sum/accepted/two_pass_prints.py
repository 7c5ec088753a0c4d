# LeetCode's two-pass hash table, with debugging output left in: printing must not change the verdict.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        last = {x: i for i, x in enumerate(nums)}
        print("map size", len(last))
        for i, x in enumerate(nums):
            j = last.get(target - x)
            if j is not None and j != i:
                return [i, j]
