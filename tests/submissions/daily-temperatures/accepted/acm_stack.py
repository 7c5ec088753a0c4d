"""ACM mode: the temperatures as one JSON line on stdin, the answers printed as a JSON list."""
import json
import sys

temperatures = json.loads(sys.stdin.readline())
answer = [0] * len(temperatures)
stack = []
for i, t in enumerate(temperatures):
    while stack and temperatures[stack[-1]] < t:
        answer[stack[-1]] = i - stack[-1]
        stack.pop()
    stack.append(i)
print(json.dumps(answer))
