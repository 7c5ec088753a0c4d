# A table of 2^20 slots indexed by the low 20 bits, collisions overwriting: random values rarely collide, values
# that share their low bits always do.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        mask = (1 << 20) - 1
        slots = [-1] * (1 << 20)
        for j, x in enumerate(nums):
            i = slots[(target - x) & mask]
            if i >= 0 and nums[i] + x == target:
                return [i, j]
            slots[x & mask] = j
        return []
