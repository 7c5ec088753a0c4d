"""ACM mode: the tree is its level-order list on the first line (JSON, null for a missing child), k on the second.
The values of a BST, sorted, are its inorder walk, so the places do not matter: drop the nulls and sort."""
import json

values = json.loads(input())
k = json.loads(input())
print(sorted(v for v in values if v is not None)[k - 1])
