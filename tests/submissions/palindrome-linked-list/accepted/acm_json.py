"""ACM mode: reads the values, prints whether they equal their reverse as JSON."""

import json, sys
v = json.loads(sys.stdin.readline())
print(json.dumps(v == v[::-1]))
