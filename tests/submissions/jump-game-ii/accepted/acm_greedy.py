"""ACM mode: nums on one line; the fewest jumps printed."""
import json

nums = json.loads(input())
jumps = end = farthest = 0
for i in range(len(nums) - 1):
    farthest = max(farthest, i + nums[i])
    if i == end:
        jumps += 1
        end = farthest
print(jumps)
