"""ACM mode: nums on the first line, target on the second; [first, last] printed as JSON."""
import json
import sys
from bisect import bisect_left, bisect_right

lines = sys.stdin.read().split("\n")
nums, target = json.loads(lines[0]), json.loads(lines[1])
lo = bisect_left(nums, target)
if lo == len(nums) or nums[lo] != target:
    print(json.dumps([-1, -1]))
else:
    print(json.dumps([lo, bisect_right(nums, target) - 1]))
