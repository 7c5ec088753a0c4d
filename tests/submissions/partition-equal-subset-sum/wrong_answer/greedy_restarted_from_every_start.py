"""Greedy "largest that fits", restarted from every position of the sorted list: still a greedy fill, which stops
a few short of the half when the numbers are close together (92 numbers of 95, 96 and 100 and a 4)."""
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2: return False
        a = sorted(nums, reverse=True)
        for k in range(len(a)):
            t = total // 2
            for i in list(range(k, len(a))) + list(range(k)):
                if a[i] <= t: t -= a[i]
            if t == 0: return True
        return False
