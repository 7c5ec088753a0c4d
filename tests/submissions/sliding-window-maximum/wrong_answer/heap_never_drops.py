# A max-heap of values that never removes what left the window: the top is the largest value seen so far.
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        heap = []
        res = []
        for i, x in enumerate(nums):
            heappush(heap, -x)
            if i >= k - 1:
                res.append(-heap[0])
        return res
