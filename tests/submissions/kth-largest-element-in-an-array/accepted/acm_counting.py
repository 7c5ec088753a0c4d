"""ACM mode: nums and k on two lines; counts every value (offset by 10^4) and walks down from the top."""
import json
import sys

nums = json.loads(sys.stdin.readline())
k = json.loads(sys.stdin.readline())
count = [0] * 20001
for x in nums:
    count[x + 10000] += 1
for v in range(20000, -1, -1):
    k -= count[v]
    if k <= 0:
        print(v - 10000)
        break
