"""Moves every value one place right, k times over: O(n*k) Python steps, hopeless at n = 10^5, k = 54321."""


class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        n = len(nums)
        for _ in range(k % n):
            last = nums[-1]
            for i in range(n - 1, 0, -1):
                nums[i] = nums[i - 1]
            nums[0] = last
