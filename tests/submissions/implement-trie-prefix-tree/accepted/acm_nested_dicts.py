"""ACM mode: the operations and their arguments on two JSON lines, the outputs printed as one JSON list; the trie is
nested dicts with "#" marking the end of a word."""
import json
import sys

operations, arguments = (json.loads(line) for line in sys.stdin.read().splitlines()[:2])
root, out = {}, []
for name, args in zip(operations, arguments):
    result = None
    if name == "insert":
        node = root
        for ch in args[0]:
            node = node.setdefault(ch, {})
        node["#"] = True
    elif name in ("search", "startsWith"):
        node = root
        for ch in args[0]:
            node = node.get(ch)
            if node is None:
                break
        result = node is not None and (name == "startsWith" or "#" in node)
    out.append(result)
print(json.dumps(out))
