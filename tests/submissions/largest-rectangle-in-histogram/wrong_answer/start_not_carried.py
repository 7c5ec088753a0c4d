"""The (start, height) stack, but a lower bar keeps its own index as its start instead of the start of the taller
bars it popped: its rectangle loses their width."""


class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        st = []
        best = 0
        for i, h in enumerate(heights + [0]):
            while st and st[-1][1] > h:
                s, hh = st.pop()
                best = max(best, hh * (i - s))
            st.append((i, h))
        return best
