class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        raise NotImplementedError("write your solution to sliding-window-maximum here, then run `shousi run sliding-window-maximum`")
