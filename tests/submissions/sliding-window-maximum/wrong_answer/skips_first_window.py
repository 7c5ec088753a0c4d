# Starts answering at i >= k instead of i >= k - 1: the first window is lost, and k = n answers [].
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        dq = deque()
        res = []
        for i, x in enumerate(nums):
            while dq and nums[dq[-1]] <= x:
                dq.pop()
            dq.append(i)
            if dq[0] <= i - k:
                dq.popleft()
            if i >= k:
                res.append(nums[dq[0]])
        return res
