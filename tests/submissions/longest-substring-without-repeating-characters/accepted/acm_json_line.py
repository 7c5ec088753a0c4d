"""ACM mode: s is one JSON line (quotes and escapes included), the length printed."""
import json
import sys

s = json.loads(sys.stdin.readline())
best = start = 0
last = {}
for i, ch in enumerate(s):
    if last.get(ch, -1) >= start:
        start = last[ch] + 1
    last[ch] = i
    best = max(best, i - start + 1)
print(best)
