# A deque of values that also pops equal values, then removes the front when it equals the value leaving:
# the twin still inside the window was popped earlier, so the window loses its maximum.
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        window = deque()
        out = []
        for i, x in enumerate(nums):
            while window and window[-1] <= x:
                window.pop()
            window.append(x)
            if i >= k and nums[i - k] == window[0]:
                window.popleft()
            if i >= k - 1:
                out.append(window[0])
        return out
