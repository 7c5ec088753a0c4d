"""Pasted from LeetCode as is: a deque of (start, height) pairs, where a popped bar hands its start to the lower
bar that popped it; relies on the implicit `List` and `deque`."""


class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        st = deque()
        best = 0
        for i, h in enumerate(heights):
            start = i
            while st and st[-1][1] > h:
                s, hh = st.pop()
                best = max(best, hh * (i - s))
                start = s
            st.append((start, h))
        n = len(heights)
        for s, hh in st:
            best = max(best, hh * (n - s))
        return best
