"""Quickselect with a random pivot but a two-way split (less than the pivot, the rest): every value equal to the
pivot stays on one side, so all-equal input takes O(n^2) whatever the pivot."""
import random


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        a = nums[:]
        target = len(a) - k
        lo, hi = 0, len(a) - 1
        while lo < hi:
            p = random.randint(lo, hi)
            a[p], a[hi] = a[hi], a[p]
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
        return a[lo]
