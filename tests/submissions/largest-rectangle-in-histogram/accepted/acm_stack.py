"""ACM mode: heights as one JSON line on stdin, the largest area printed."""
import json
import sys

heights = json.loads(sys.stdin.readline()) + [0]
stack = []
best = 0
for i, h in enumerate(heights):
    while stack and heights[stack[-1]] > h:
        top = stack.pop()
        width = i - stack[-1] - 1 if stack else i
        best = max(best, heights[top] * width)
    stack.append(i)
print(best)
