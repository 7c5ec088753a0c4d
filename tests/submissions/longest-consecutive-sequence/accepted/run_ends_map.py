# A map from each run's two ends to its length: a new value joins the runs on its left and right.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        length = {}
        best = 0
        for x in nums:
            if x in length:
                continue
            left, right = length.get(x - 1, 0), length.get(x + 1, 0)
            total = left + right + 1
            length[x] = total
            length[x - left] = total
            length[x + right] = total
            best = max(best, total)
        return best
