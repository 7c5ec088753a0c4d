# Tracks the maximum; when it leaves the window, takes the incoming value as the new maximum without looking back.
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        best = max(nums[:k])
        res = [best]
        for i in range(k, len(nums)):
            if nums[i - k] == best:
                best = nums[i]
            else:
                best = max(best, nums[i])
            res.append(best)
        return res
