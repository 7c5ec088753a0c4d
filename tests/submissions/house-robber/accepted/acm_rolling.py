"""ACM mode: nums as a JSON line on stdin, the best total printed; two rolling variables."""
import json
import sys

nums = json.loads(sys.stdin.readline())
prev, cur = 0, 0
for x in nums:
    prev, cur = cur, max(cur, prev + x)
print(cur)
