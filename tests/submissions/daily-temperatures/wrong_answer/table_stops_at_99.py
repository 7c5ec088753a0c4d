"""The next-index table, but the warmer temperatures are scanned with range(t + 1, 100): a day of 100 is never
seen."""


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        nxt = [n] * 101
        ans = [0] * n
        for i in range(n - 1, -1, -1):
            t = temperatures[i]
            best = min(nxt[t + 1:100], default=n)
            if best < n:
                ans[i] = best - i
            nxt[t] = i
        return ans
