# A deque of values: pops only strictly smaller ones, so a value leaving the window is at the front exactly
# when it is the front's value, twins included.
from collections import deque


class Solution:
    def maxSlidingWindow(self, nums, k):
        window = deque()
        out = []
        for i, x in enumerate(nums):
            while window and window[-1] < x:
                window.pop()
            window.append(x)
            if i >= k and nums[i - k] == window[0]:
                window.popleft()
            if i >= k - 1:
                out.append(window[0])
        return out
