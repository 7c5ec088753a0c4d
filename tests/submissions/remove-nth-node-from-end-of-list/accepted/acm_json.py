"""ACM mode: deletes the n-th value from the end and prints the list as JSON."""

import json
v = json.loads(input()); n = json.loads(input())
del v[-n]
print(json.dumps(v))
