"""ACM mode: s on stdin as a JSON string; the partitions printed as a JSON list."""
import json

s = json.loads(input())
found = []


def dfs(start, pieces):
    if start == len(s):
        found.append(pieces)
        return
    for end in range(start + 1, len(s) + 1):
        if s[start:end] == s[start:end][::-1]:
            dfs(end, pieces + [s[start:end]])


dfs(0, [])
print(json.dumps(found, separators=(",", ":")))
