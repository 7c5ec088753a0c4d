"""ACM mode: nums on one line; the changed array printed."""
import json

nums = json.loads(input())
kept = [x for x in nums if x]
print(json.dumps(kept + [0] * (len(nums) - len(kept))))
