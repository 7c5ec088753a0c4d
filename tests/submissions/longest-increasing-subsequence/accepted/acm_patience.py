"""ACM mode: nums as a JSON line on stdin, the length printed; patience sorting with bisect."""
import bisect
import json
import sys

nums = json.loads(sys.stdin.readline())
tails = []
for x in nums:
    i = bisect.bisect_left(tails, x)
    tails[i:i + 1] = [x]
print(len(tails))
