"""ACM mode: s as a JSON string on stdin, the length printed; the stack of indices."""
import json
import sys

s = json.loads(sys.stdin.readline())
stack, best = [-1], 0
for i, ch in enumerate(s):
    if ch == "(":
        stack.append(i)
    else:
        stack.pop()
        if stack:
            best = max(best, i - stack[-1])
        else:
            stack.append(i)
print(best)
