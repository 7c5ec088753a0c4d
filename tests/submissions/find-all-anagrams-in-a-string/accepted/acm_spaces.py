"""ACM mode: reads s and p as JSON lines, prints the starts separated by spaces (an empty line when there are
none), which the ACM reader takes as a list. Accepted."""
import json
import sys

lines = sys.stdin.read().split()
s, p = json.loads(lines[0]), json.loads(lines[1])
m = len(p)
need, win, res = [0] * 26, [0] * 26, []
for c in p:
    need[ord(c) - 97] += 1
for i, c in enumerate(s):
    win[ord(c) - 97] += 1
    if i >= m:
        win[ord(s[i - m]) - 97] -= 1
    if i >= m - 1 and win == need:
        res.append(i - m + 1)
print(*res)
