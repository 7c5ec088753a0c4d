"""Boyer-Moore that decrements on a mismatch and, at a count of 0 or less, adopts the value with a count of 0: the
new candidate has no vote of its own, so in [7,7,2] the lone 2 takes over."""
class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        candidate, count = None, 0
        for x in nums:
            if x == candidate:
                count += 1
            else:
                count -= 1
                if count <= 0:
                    candidate, count = x, 0
        return candidate
