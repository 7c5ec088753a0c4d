"""One binary search over the array as if it were sorted: a value on the other side of the drop from target (one
of value and target below nums[0], the other not) is read as -inf or +inf, whichever pushes the search towards
target's side. Accepted: the values seen that way are sorted."""
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if (nums[mid] < nums[0]) == (target < nums[0]):
                num = nums[mid]
            else:
                num = float("-inf") if target < nums[0] else float("inf")
            if num < target:
                lo = mid + 1
            elif num > target:
                hi = mid
            else:
                return mid
        return -1
