"""ACM mode: the operations and their arguments on two JSON lines, the outputs printed as one JSON list."""
import json
import sys

operations, arguments = (json.loads(line) for line in sys.stdin.read().splitlines()[:2])
values, minima, out = [], [], []
for name, args in zip(operations, arguments):
    result = None
    if name == "push":
        values.append(args[0])
        minima.append(args[0] if not minima else min(args[0], minima[-1]))
    elif name == "pop":
        values.pop()
        minima.pop()
    elif name == "top":
        result = values[-1]
    elif name == "getMin":
        result = minima[-1]
    out.append(result)
print(json.dumps(out))
