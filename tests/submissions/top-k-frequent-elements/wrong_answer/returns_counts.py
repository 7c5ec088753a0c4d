"""Returns the k highest counts instead of the values that have them."""


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        return sorted(Counter(nums).values(), reverse=True)[:k]
