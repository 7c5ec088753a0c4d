"""Carries each value to (i + k) mod n along its cycle, and starts the next cycle until all n values have moved:
O(n) time, O(1) extra space, one Python step per value (the slowest accepted)."""


class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        n = len(nums)
        k %= n
        moved = start = 0
        while moved < n:
            index, carried = start, nums[start]
            while True:
                index = (index + k) % n
                nums[index], carried = carried, nums[index]
                moved += 1
                if index == start:
                    break
            start += 1
