"""ACM mode: nums as a JSON line on stdin, the largest product printed."""
import json
import sys

nums = json.loads(sys.stdin.readline())
big = small = best = nums[0]
for x in nums[1:]:
    big, small = max(x, big * x, small * x), min(x, big * x, small * x)
    best = max(best, big)
print(best)
