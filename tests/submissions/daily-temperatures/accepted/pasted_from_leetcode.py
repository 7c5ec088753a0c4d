"""Pasted from LeetCode as is: a deque of (temperature, index) pairs, relying on the implicit `collections`
names."""


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        ans = [0] * len(temperatures)
        dq = deque()
        for i, t in enumerate(temperatures):
            while dq and dq[-1][0] < t:
                _, j = dq.pop()
                ans[j] = i - j
            dq.append((t, i))
        return ans
