class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        raise NotImplementedError("write your solution to kth-largest-element-in-an-array here, then run `shousi run kth-largest-element-in-an-array`")
