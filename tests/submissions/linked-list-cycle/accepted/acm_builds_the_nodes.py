"""ACM mode: builds the nodes from the two lines, runs Floyd, prints Python's True/False."""

import sys, json
lines = sys.stdin.read().split('\n')
vals = json.loads(lines[0]); pos = int(lines[1])
class N:
    def __init__(s, v): s.val = v; s.next = None
nodes = [N(v) for v in vals]
for a, b in zip(nodes, nodes[1:]): a.next = b
if pos >= 0: nodes[-1].next = nodes[pos]
slow = fast = nodes[0] if nodes else None
ans = False
while fast and fast.next:
    slow = slow.next; fast = fast.next.next
    if slow is fast: ans = True; break
print(ans)
