"""ACM mode: prints the values of the input line without its nulls: level order, not inorder."""
import json

print(json.dumps([v for v in json.loads(input()) if v is not None]))
