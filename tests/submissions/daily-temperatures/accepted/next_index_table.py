"""Right to left with the next index of each of the 71 temperatures: the answer is the nearest among the warmer
ones. O(71 n), the slowest approach LeetCode still accepts."""


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        nxt = [n] * 102
        ans = [0] * n
        for i in range(n - 1, -1, -1):
            t = temperatures[i]
            best = n
            for warmer in range(t + 1, 101):
                if nxt[warmer] < best:
                    best = nxt[warmer]
            if best < n:
                ans[i] = best - i
            nxt[t] = i
        return ans
