"""ACM mode: nums as one JSON line, the permutations printed as one JSON list."""
import json

nums = json.loads(input())
out = []


def go(path, left):
    if not left:
        out.append(path)
    for i, x in enumerate(left):
        go(path + [x], left[:i] + left[i + 1:])


go([], nums)
print(json.dumps(out))
