"""ACM mode: nums on one line (JSON); prints the tree level by level (JSON, null for a missing child, trailing nulls
dropped) without building nodes: each level is a list of index ranges, a range's left middle its node, the ranges
either side of it the next level's slots."""
import json

nums = json.loads(input())
out, level = [], [(0, len(nums) - 1)]
while level:
    below = []
    for lo, hi in level:
        if lo > hi:
            out.append(None)
            continue
        mid = (lo + hi) // 2
        out.append(nums[mid])
        below += [(lo, mid - 1), (mid + 1, hi)]
    level = below
while out and out[-1] is None:
    out.pop()
print(json.dumps(out, separators=(",", ":")))
