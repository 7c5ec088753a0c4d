"""Lomuto quickselect with the last element as pivot: on sorted input each partition removes one value, O(n^2),
about 2.5*10^9 steps on 10^5 sorted values."""


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        a = nums[:]
        target = len(a) - k
        lo, hi = 0, len(a) - 1
        while True:
            pivot = a[hi]
            store = lo
            for i in range(lo, hi):
                if a[i] < pivot:
                    a[store], a[i] = a[i], a[store]
                    store += 1
            a[store], a[hi] = a[hi], a[store]
            if store == target:
                return a[store]
            if store < target:
                lo = store + 1
            else:
                hi = store - 1
