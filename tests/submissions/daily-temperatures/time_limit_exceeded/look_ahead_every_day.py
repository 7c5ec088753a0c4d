"""From every day, scans forward to the first warmer day: O(n^2), 5*10^9 steps when 10^5 - 1 days wait for the
last one."""


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        res = [0] * n
        for i in range(n):
            for j in range(i + 1, n):
                if temperatures[j] > temperatures[i]:
                    res[i] = j - i
                    break
        return res
