import random


class Solution:
    def findKthLargest(self, nums: list[int], k: int) -> int:
        """Quickselect with a random pivot and a three-way split (greater, equal, less): only the part that holds
        the k-th largest is kept. O(n) expected, whatever the order or the duplicates of nums."""
        values = nums
        while True:
            pivot = random.choice(values)
            greater = [x for x in values if x > pivot]
            if k <= len(greater):
                values = greater
                continue
            equal = values.count(pivot)
            if k <= len(greater) + equal:
                return pivot
            k -= len(greater) + equal
            values = [x for x in values if x < pivot]
