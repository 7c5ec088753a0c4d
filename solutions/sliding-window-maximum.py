from collections import deque


class Solution:
    def maxSlidingWindow(self, nums: list[int], k: int) -> list[int]:
        """Monotonic deque of indices whose values decrease: a new value evicts every value it beats from the back,
        the front leaves once it is out of the window, and the front is each window's maximum."""
        window: deque[int] = deque()
        maxima = []
        for i, x in enumerate(nums):
            while window and nums[window[-1]] <= x:
                window.pop()
            window.append(i)
            if window[0] <= i - k:
                window.popleft()
            if i >= k - 1:
                maxima.append(nums[window[0]])
        return maxima
