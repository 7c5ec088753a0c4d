"""ACM mode: reads intersectVal, listA, listB, skipA and skipB (one JSON line each), builds the two lists with
their shared nodes, runs the two-pointer switch and prints the index in list A of the node found (-1: none)."""
import json
import sys


class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt


def main():
    meet, list_a, list_b, skip_a, skip_b = (json.loads(line) for line in sys.stdin.read().split("\n")[:5])
    nodes_a, head = [], None
    for value in reversed(list_a):
        head = Node(value, head)
        nodes_a.append(head)
    nodes_a.reverse()
    head_b = nodes_a[skip_a] if meet else None
    for value in reversed(list_b[:skip_b]):
        head_b = Node(value, head_b)
    a, b = nodes_a[0], head_b
    while a is not b:
        a = a.next if a else head_b
        b = b.next if b else nodes_a[0]
    print(next((i for i, node in enumerate(nodes_a) if node is a), -1))


main()
