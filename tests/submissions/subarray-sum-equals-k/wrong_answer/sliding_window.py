# Two pointers that shrink the window while its sum exceeds k: right only when no value is negative.
class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        left = window = count = 0
        for right, x in enumerate(nums):
            window += x
            while window > k and left <= right:
                window -= nums[left]
                left += 1
            if window == k:
                count += 1
        return count
