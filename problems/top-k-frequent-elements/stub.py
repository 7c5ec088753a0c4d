class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        raise NotImplementedError("write your solution to top-k-frequent-elements here, then run `shousi run top-k-frequent-elements`")
