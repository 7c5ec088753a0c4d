"""The slowest approach LeetCode accepts, as a plain function: binary search on the value, counting the numbers
<= mid on each step, O(n log n), the array only read."""


def find_duplicate(nums):
    lo, hi = 1, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        count = 0
        for x in nums:
            if x <= mid:
                count += 1
        if count > mid:
            hi = mid
        else:
            lo = mid + 1
    return lo
