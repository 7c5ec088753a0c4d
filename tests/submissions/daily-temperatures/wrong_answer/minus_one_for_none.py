"""Fills the days that never get a warmer one with -1 (next greater element's convention) instead of 0."""


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        res = [-1] * len(temperatures)
        stack = []
        for i, t in enumerate(temperatures):
            while stack and temperatures[stack[-1]] < t:
                j = stack.pop()
                res[j] = i - j
            stack.append(i)
        return res
