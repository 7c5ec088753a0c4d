"""ACM mode: nums as a JSON line on stdin, the duplicate printed; Floyd's cycle detection."""
import json
import sys

nums = json.loads(sys.stdin.readline())
slow = fast = 0
while True:
    slow, fast = nums[slow], nums[nums[fast]]
    if slow == fast:
        break
slow = 0
while slow != fast:
    slow, fast = nums[slow], nums[fast]
print(slow)
