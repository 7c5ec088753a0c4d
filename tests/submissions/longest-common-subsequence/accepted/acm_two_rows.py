"""ACM mode: text1 and text2 as JSON lines on stdin, the length printed; two rows."""
import json
import sys

lines = sys.stdin.read().splitlines()
a, b = json.loads(lines[0]), json.loads(lines[1])
prev = [0] * (len(b) + 1)
for x in a:
    cur = [0] * (len(b) + 1)
    for j in range(1, len(b) + 1):
        cur[j] = prev[j - 1] + 1 if x == b[j - 1] else max(prev[j], cur[j - 1])
    prev = cur
print(prev[-1])
