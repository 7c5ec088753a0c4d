"""In-place quickselect with a random pivot and a three-way (Dutch flag) partition: sorted and all-equal inputs stay
O(n) expected."""
import random


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        a = nums[:]
        target = len(a) - k
        lo, hi = 0, len(a) - 1
        while True:
            pivot = a[random.randint(lo, hi)]
            lt, i, gt = lo, lo, hi
            while i <= gt:
                if a[i] < pivot:
                    a[lt], a[i] = a[i], a[lt]
                    lt += 1
                    i += 1
                elif a[i] > pivot:
                    a[i], a[gt] = a[gt], a[i]
                    gt -= 1
                else:
                    i += 1
            if target < lt:
                hi = lt - 1
            elif target > gt:
                lo = gt + 1
            else:
                return pivot
