# Pasted from LeetCode as is: no imports, relies on List, defaultdict and deque being predefined.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        positions = defaultdict(deque)
        for i, x in enumerate(nums):
            positions[x].append(i)
        for i, x in enumerate(nums):
            rest = positions[target - x]
            for j in rest:
                if j != i:
                    return [i, j]
