"""ACM mode: the tree is its level-order list on one line (JSON, null for a missing child). Builds the children by
index (the entries after the root fill the listed nodes' slots, two each, in order), then an inorder walk with a
stack, printed as a JSON list."""
import json

values = json.loads(input())
kids, owners = {}, []
for i, v in enumerate(values):
    if i:
        owner = owners[(i - 1) // 2]
        if v is not None:
            kids[(owner, (i - 1) % 2)] = i
    if v is not None:
        owners.append(i)
out, stack, cur = [], [], 0 if values else None
while cur is not None or stack:
    while cur is not None:
        stack.append(cur)
        cur = kids.get((cur, 0))
    cur = stack.pop()
    out.append(values[cur])
    cur = kids.get((cur, 1))
print(json.dumps(out, separators=(",", ":")))
