"""ACM mode: the values on one line, printed sorted as JSON."""
import json

print(json.dumps(sorted(json.loads(input()))))
