"""ACM mode: s as one JSON line on stdin, the sizes printed as a JSON list."""
import json
import sys

s = json.loads(sys.stdin.readline())
last = [0] * 26
for i, c in enumerate(s):
    last[ord(c) - 97] = i
sizes, start, end = [], 0, 0
for i, c in enumerate(s):
    end = max(end, last[ord(c) - 97])
    if i == end:
        sizes.append(end - start + 1)
        start = i + 1
print(json.dumps(sizes))
