"""ACM mode: the list is its values on one line; swap neighbours in a Python list and print it as JSON."""
import json

values = json.loads(input())
for i in range(0, len(values) - 1, 2):
    values[i], values[i + 1] = values[i + 1], values[i]
print(json.dumps(values))
