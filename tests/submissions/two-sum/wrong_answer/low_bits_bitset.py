# A bitset on the low 16 bits of each value, and the index last seen for each pattern: a complement whose low bits
# were seen counts as found, without checking the sum.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        mask = (1 << 16) - 1
        seen, where = bytearray(1 << 16), [0] * (1 << 16)
        for j, x in enumerate(nums):
            need = (target - x) & mask
            if seen[need]:
                return [where[need], j]
            seen[x & mask], where[x & mask] = 1, j
        return []
