"""A LeetCode paste relying on its implicit imports (deque): deque.rotate does the work, nums[:] writes it back."""


class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        window = deque(nums)
        window.rotate(k)
        nums[:] = window
