"""Pasted from LeetCode as is (deque and List implicit): mark every matched pair with a stack, then find the
longest run of marked positions."""
class Solution:
    def longestValidParentheses(self, s: str) -> int:
        opens = deque()
        marked = [False] * len(s)
        for i, ch in enumerate(s):
            if ch == "(":
                opens.append(i)
            elif opens:
                marked[opens.pop()] = marked[i] = True
        best = run = 0
        for m in marked:
            run = run + 1 if m else 0
            best = max(best, run)
        return best
