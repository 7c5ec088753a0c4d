"""De-duplicates first: the k-th largest distinct value (and min() of what is left when there are fewer than k)."""


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        values = sorted(set(nums), reverse=True)
        return values[min(k, len(values)) - 1]
