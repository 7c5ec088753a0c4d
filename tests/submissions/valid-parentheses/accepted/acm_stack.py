"""ACM mode: s as one JSON line on stdin, the answer printed as JSON (true or false)."""
import json
import sys

s = json.loads(sys.stdin.readline())
opener = {")": "(", "]": "[", "}": "{"}
stack = []
ok = True
for c in s:
    if c in opener:
        if not stack or stack[-1] != opener[c]:
            ok = False
            break
        stack.pop()
    else:
        stack.append(c)
print(json.dumps(ok and not stack))
