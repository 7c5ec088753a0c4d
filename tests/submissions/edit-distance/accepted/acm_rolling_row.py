"""ACM mode: word1 and word2 as JSON lines on stdin (either may be ""), the distance printed; one rolling row."""
import json
import sys

lines = sys.stdin.read().splitlines()
a, b = json.loads(lines[0]), json.loads(lines[1])
row = list(range(len(b) + 1))
for i in range(1, len(a) + 1):
    diag, row[0] = row[0], i
    for j in range(1, len(b) + 1):
        keep = row[j]
        row[j] = diag if a[i - 1] == b[j - 1] else 1 + min(diag, keep, row[j - 1])
        diag = keep
print(row[-1])
