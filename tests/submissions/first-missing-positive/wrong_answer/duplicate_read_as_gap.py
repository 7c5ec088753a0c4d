# Sorts the positives and looks for two neighbours that are not consecutive: [1,1,2] has 1 next to 1, "a gap".
class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        pos = sorted(v for v in nums if v > 0)
        if not pos or pos[0] != 1:
            return 1
        for a, b in zip(pos, pos[1:]):
            if b != a + 1:
                return a + 1
        return pos[-1] + 1
