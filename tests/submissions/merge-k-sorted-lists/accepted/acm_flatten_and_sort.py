"""ACM mode: `lists` is one JSON line holding a list of lists; print every value, sorted, as JSON."""
import json

lists = json.loads(input())
print(json.dumps(sorted(value for values in lists for value in values)))
