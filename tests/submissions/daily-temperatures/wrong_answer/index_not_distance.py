"""Writes the index of the warmer day instead of the number of days to wait."""


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        res = [0] * len(temperatures)
        stack = []
        for i, t in enumerate(temperatures):
            while stack and temperatures[stack[-1]] < t:
                res[stack.pop()] = i
            stack.append(i)
        return res
