"""ACM mode: s as one JSON line on stdin, the decoded string printed as JSON."""
import json
import sys

s = json.loads(sys.stdin.readline())
stack, cur, num = [], "", 0
for c in s:
    if c.isdigit():
        num = num * 10 + int(c)
    elif c == "[":
        stack.append((cur, num))
        cur, num = "", 0
    elif c == "]":
        prev, k = stack.pop()
        cur = prev + cur * k
    else:
        cur += c
print(json.dumps(cur))
