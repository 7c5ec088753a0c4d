"""ACM mode: nums on one line; the value counted once printed."""
import json
from collections import Counter

nums = json.loads(input())
print(next(v for v, c in Counter(nums).items() if c == 1))
