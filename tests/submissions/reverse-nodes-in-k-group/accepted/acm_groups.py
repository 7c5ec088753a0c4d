"""ACM mode: the values on the first line, k on the second; reverse each full slice and print the list as JSON."""
import json
import sys

values, k = (json.loads(line) for line in sys.stdin.read().split("\n")[:2])
for start in range(0, len(values) - k + 1, k):
    values[start:start + k] = values[start:start + k][::-1]
print(json.dumps(values))
