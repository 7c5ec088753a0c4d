"""ACM mode: the tree is its level-order list on one line (JSON, null for a missing child). Without building nodes:
the entries after the root fill the listed nodes' slots in order, which gives each node's parent; visiting the
nodes from the last to the first handles every child before its parent, so the heights come bottom-up."""
import json

values = json.loads(input())
parent, slots = {}, []
for i, v in enumerate(values):
    owner = slots.pop(0) if i else None
    if v is not None:
        parent[i] = owner
        slots += [i, i]
first, second, best = {}, {}, 0  # the two largest child heights of each node
for i in sorted(parent, reverse=True):
    a, b = first.get(i, 0), second.get(i, 0)
    best = max(best, a + b)
    p, h = parent[i], 1 + a
    if p is not None:
        if h > first.get(p, 0):
            first[p], second[p] = h, first.get(p, 0)
        elif h > second.get(p, 0):
            second[p] = h
print(best)
