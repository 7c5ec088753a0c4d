"""ACM mode: reads both lists, prints the sorted values as JSON."""

import json, sys
a, b = [json.loads(l) for l in sys.stdin.read().splitlines() if l.strip()]
print(json.dumps(sorted(a + b)))
