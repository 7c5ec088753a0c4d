"""ACM mode: nums and k on two lines; the k most frequent values printed as a JSON list."""
import json
import sys
from collections import Counter

nums = json.loads(sys.stdin.readline())
k = json.loads(sys.stdin.readline())
print(json.dumps([v for v, _ in Counter(nums).most_common(k)]))
