"""ACM mode: reads the list as its [val, random_index] pairs, builds the nodes, copies them through a dict from
node to copy, and prints the copy as [val, random_index] pairs, its indices counted in the copy."""
import json
import sys


class Node:
    def __init__(self, val):
        self.val, self.next, self.random = val, None, None


def main():
    pairs = json.loads(sys.stdin.readline())
    nodes = [Node(value) for value, _ in pairs]
    for node, following, (_, random) in zip(nodes, nodes[1:] + [None], pairs):
        node.next, node.random = following, None if random is None else nodes[random]
    copies = {None: None}
    for node in nodes:
        copies[node] = Node(node.val)
    for node in nodes:
        copies[node].next, copies[node].random = copies[node.next], copies[node.random]
    index, out, node = {}, [], copies[nodes[0]] if nodes else None
    while node:
        index[node] = len(out)
        out.append(node)
        node = node.next
    print(json.dumps([[node.val, index.get(node.random)] for node in out]))


main()
