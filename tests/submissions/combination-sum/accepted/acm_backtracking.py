"""ACM mode: candidates and target on stdin, one JSON line each; the combinations printed as a JSON list."""
import json

candidates = sorted(json.loads(input()))
target = json.loads(input())
found = []


def extend(start, remain, path):
    if remain == 0:
        found.append(path)
        return
    for i in range(start, len(candidates)):
        if candidates[i] > remain:
            break
        extend(i, remain - candidates[i], path + [candidates[i]])


extend(0, target, [])
print(json.dumps(found, separators=(",", ":")))
