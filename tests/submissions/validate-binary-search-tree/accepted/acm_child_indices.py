"""ACM mode: the tree is its level-order list on one line (JSON, null for a missing child). Without TreeNodes: the
entries after the root fill the listed nodes' slots in order, which gives every node the indices of its children;
then an inorder walk over indices must see strictly increasing values."""
import json

values = json.loads(input())
left, right, slots = {}, {}, []
for i, v in enumerate(values):
    if i:
        owner, side = slots.pop(0)
        if v is not None:
            (left if side == 0 else right)[owner] = i
    if v is not None:
        slots += [(i, 0), (i, 1)]
ok, prev, stack, node = True, None, [], 0
while ok and (stack or node is not None):
    while node is not None:
        stack.append(node)
        node = left.get(node)
    node = stack.pop()
    ok = prev is None or values[node] > prev
    prev, node = values[node], right.get(node)
print(json.dumps(ok))
