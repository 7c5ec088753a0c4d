"""ACM mode: the list is its values on one line; the reversed values printed space-separated (an empty list prints
[] so that the answer is not an empty line)."""
import json

values = json.loads(input())
print(" ".join(map(str, values[::-1])) if len(values) > 1 else json.dumps(values))
