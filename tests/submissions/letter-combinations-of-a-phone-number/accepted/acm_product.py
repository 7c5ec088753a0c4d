"""ACM mode: digits as one JSON line (a JSON string), the combinations printed as one JSON list."""
import json
from itertools import product

digits = json.loads(input())
keys = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
print(json.dumps(["".join(p) for p in product(*(keys[d] for d in digits))] if digits else []))
