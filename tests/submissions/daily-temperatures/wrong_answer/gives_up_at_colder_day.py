"""Looks ahead from every day but stops at the first colder day, as if the temperatures could only rise after it."""


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        res = [0] * n
        for i in range(n):
            for j in range(i + 1, n):
                if temperatures[j] > temperatures[i]:
                    res[i] = j - i
                    break
                if temperatures[j] < temperatures[i]:
                    break
        return res
