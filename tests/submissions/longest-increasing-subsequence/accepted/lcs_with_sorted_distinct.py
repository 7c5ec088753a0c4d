"""Another algorithm: the longest common subsequence of nums and its distinct values sorted, which is exactly
the longest strictly increasing subsequence; O(n m) with one rolling row, about 6 * 10^6 steps at 2500, within
the limit."""
class Solution:
    def lengthOfLIS(self, nums):
        b = sorted(set(nums)); m = len(b)
        prev = [0] * (m + 1)
        for x in nums:
            cur = [0] * (m + 1)
            for j in range(m):
                cur[j+1] = prev[j] + 1 if x == b[j] else (prev[j+1] if prev[j+1] > cur[j] else cur[j])
            prev = cur
        return prev[m]
