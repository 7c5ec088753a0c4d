"""Keeps temperatures on the stack and recovers each day with temperatures.index(t): with repeated temperatures
that is the first such day, not the one waiting."""


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        res = [0] * len(temperatures)
        stack = []
        for i, t in enumerate(temperatures):
            while stack and stack[-1] < t:
                j = temperatures.index(stack.pop())
                res[j] = i - j
            stack.append(t)
        return res
