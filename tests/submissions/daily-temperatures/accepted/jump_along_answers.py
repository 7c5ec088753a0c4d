"""O(1) extra space: from the right, day i looks at day i + 1 and jumps along the answers already known until a
warmer day (or none) is found; amortised O(n)."""


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        ans = [0] * n
        hottest = 0
        for i in range(n - 1, -1, -1):
            t = temperatures[i]
            if t >= hottest:
                hottest = t
                continue
            j = i + 1
            while temperatures[j] <= t:
                j += ans[j]
            ans[i] = j - i
        return ans
