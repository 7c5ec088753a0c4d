"""ACM mode: getRandom always answers the first member: valid, never uniform."""
import json
import sys

operations, arguments = (json.loads(line) for line in sys.stdin.read().splitlines()[:2])
members, out = {}, []
for name, args in zip(operations, arguments):
    if name == "RandomizedSet":
        out.append(None)
    elif name == "insert":
        out.append(args[0] not in members)
        members.setdefault(args[0], True)
    elif name == "remove":
        out.append(members.pop(args[0], None) is not None)
    else:
        out.append(next(iter(members)))
print(json.dumps(out))
