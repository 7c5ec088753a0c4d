"""ACM mode: nums as a JSON line on stdin, true or false printed; the reachable sums as the bits of one integer."""
import json
import sys

nums = json.loads(sys.stdin.readline())
total = sum(nums)
bits = 1
for x in nums:
    bits |= bits << x
print("true" if total % 2 == 0 and bits >> (total // 2) & 1 else "false")
