"""LeetCode's linked structures, as its Python 3 judge predefines them (`ListNode`, `TreeNode`, the random-pointer
list's `Node`), and what a package's adapter needs to build them from a case and read an answer back.

A problem whose inputs or answer are nodes declares `adapter = "adapter.py"` in problem.toml. The adapter runs in
the worker, beside the user's code, with two optional functions:

    build(given)            -> (the call's inputs by name, state): nodes made from the case's plain values
                               (LeetCode's serialisation); `state` is whatever `answer` needs (the nodes, to
                               check identity). Default: the case's input as it is, state None.
    answer(returned, state) -> the plain value the checker judges: a returned list read back as its values, a
                               returned node as its index in the input; raise `Rejected(why)` for an answer that
                               is wrong whatever the expected one (a cycle, a node not of the input, an input
                               changed that must not be).

Neither is timed: the time of a case is the user's call alone. Reading an answer never hangs and never recurses:
a returned list that loops, or a tree with a shared node, is rejected, saying where.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Iterable

MAX_NODES = 10**6  # more nodes than any case builds: a longer answer is runaway (or a cycle through new nodes)


class ListNode:
    """A node of a singly linked list, as LeetCode defines it."""

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({describe_list(self)})"


class TreeNode:
    """A node of a binary tree, as LeetCode defines it."""

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({self.val!r})"


class Node:
    """A node of a list with random pointers (LC138), as LeetCode defines it."""

    def __init__(self, x: int, next: "Node | None" = None, random: "Node | None" = None):
        self.val = int(x)
        self.next = next
        self.random = random

    def __repr__(self) -> str:
        return f"Node({self.val!r})"


class Rejected(Exception):
    """An answer that is wrong whatever was expected: the grade's wrong_answer, with this message; `shown` is what
    the failing case's panel shows as the answer (e.g. the start of a list that loops)."""

    def __init__(self, message: str, shown: str | None = None):
        super().__init__(message)
        self.shown = shown


def describe_list(head: Any, limit: int = 12) -> str:
    """The start of a linked list as `1 -> 2 -> 3 -> ...`, safe on cycles and on objects that are not nodes."""
    values, node, seen = [], head, set()
    while node is not None and len(values) < limit and hasattr(node, "val"):
        values.append(repr(node.val))
        if id(node) in seen:
            break
        seen.add(id(node))
        node = getattr(node, "next", None)
    if not values:
        from harness.brief import brief

        return brief(head, 80)
    return " -> ".join(values) + (" -> ..." if node is not None else "")


NAMES = {"ListNode": ListNode, "TreeNode": TreeNode, "Node": Node}  # predefined for the user's file (prelude)


# Lists.

def build_list(values: Iterable) -> ListNode | None:
    """A linked list holding `values` in order (None for none)."""
    head = None
    for value in reversed(list(values)):
        head = ListNode(value, head)
    return head


def list_nodes(head: ListNode | None) -> list[ListNode]:
    """The nodes of a list built here (no cycle), in order."""
    nodes = []
    while head is not None:
        nodes.append(head)
        head = head.next
    return nodes


def read_list(head: Any, what: str = "the list you returned", limit: int = MAX_NODES) -> list:
    """The values of a returned list, head first; `Rejected` saying why when it is not one: not a node, a node
    without `val`/`next`, a cycle (naming where it closes), or more than `limit` nodes."""
    values, seen, node, alive = [], {}, head, []  # `alive` keeps each node's id its own (a property could make
    while node is not None:  # new nodes, and a freed one's id be reused)
        if id(node) in seen:
            start = seen[id(node)]
            raise Rejected(f"{what} has a cycle: the `next` of its node {len(values) - 1} (val {values[-1]!r}, "
                           f"counting from 0) points back to node {start} (val {values[start]!r}), so it never ends "
                           f"(a `next` left uncut? the new tail's `next` must be None)", describe_list(head))
        if not (hasattr(node, "val") and hasattr(node, "next")):
            where = "is" if not values else f"has, after {len(values)} node{'s' * (len(values) != 1)},"
            raise Rejected(f"{what} {where} a {type(node).__name__}, not a ListNode (or None)", describe_list(head))
        if len(values) == limit:
            raise Rejected(f"{what} has more than {limit} nodes: a cycle through new nodes?", describe_list(head))
        seen[id(node)] = len(values)
        alive.append(node)
        values.append(node.val)
        node = node.next
    return values


def build_cycle(values: Iterable, pos: int) -> tuple[ListNode | None, list[ListNode]]:
    """LC141/142's input: a list whose tail links to node `pos` (-1: no cycle), and its nodes in order."""
    head = build_list(values)
    nodes = list_nodes(head)
    if pos >= 0 and nodes:
        nodes[-1].next = nodes[pos]
    return head, nodes


def node_index(node: Any, nodes: list, what: str = "the node you returned") -> int:
    """The index of `node` in `nodes` by identity (-1 for None); `Rejected` for a node that is not one of them (a
    copy with the same value is not the node)."""
    if node is None:
        return -1
    for index, candidate in enumerate(nodes):
        if candidate is node:
            return index
    value = getattr(node, "val", None)
    raise Rejected(f"{what} is not a node of the input (a new {type(node).__name__} with val {value!r}?): return "
                   f"the node itself, or None")


class Unchanged:
    """Each node's `val` and `next` as the call found them, to reject a call that changed them (LeetCode: "do not
    modify the list"; marking visited nodes is the usual way to break that rule)."""

    def __init__(self, nodes: list):
        self.nodes, self.values, self.links = nodes, [node.val for node in nodes], [node.next for node in nodes]

    def check(self) -> None:
        for index, (node, value, link) in enumerate(zip(self.nodes, self.values, self.links)):
            now = node.val
            if not (now is value or (type(now) is int and now == value)):
                raise Rejected(f"the list was modified: node {index} (counting from 0) had val {value!r}, and after "
                               f"your call it is {now!r}; leave the list as it is (no marking of visited nodes)")
            if node.next is not link:
                raise Rejected(f"the list was modified: the `next` of node {index} (counting from 0, val {value!r}) "
                               f"was changed; leave the list as it is (no relinking)")


def a_type(value: Any) -> str:
    """`a list`, `an int`: the type of a value, as messages name it."""
    name = type(value).__name__
    return f"an {name}" if name[:1].lower() in "aeiou" else f"a {name}"


# Binary trees, in LeetCode's level order with None for a missing child.

def build_tree(values: list) -> TreeNode | None:
    """The tree LeetCode's level-order list describes (`[1, None, 2]`)."""
    if not values or values[0] is None:
        return None
    nodes = [None if value is None else TreeNode(value) for value in values]
    children = iter(nodes)
    next(children)  # the root's
    for node in nodes:  # each node, in level order, takes the next two places as its children
        if node is not None:
            node.left, node.right = next(children, None), next(children, None)
    return nodes[0]


def tree_nodes(root: TreeNode | None) -> list[TreeNode]:
    """The nodes of a tree built here, in level order."""
    found = [root] if root is not None else []
    for node in found:  # the list grows as it is read: a breadth-first walk
        if node.left is not None:
            found.append(node.left)
        if node.right is not None:
            found.append(node.right)
    return found


def describe_tree(values: list, then: str | None = None, limit: int = 12) -> str:
    """A returned tree's level order as read so far, then `then`, where reading stopped (a node reached again, an
    object that is not a node): `[4, 7, 7, ...]`, for the failing case's panel."""
    from harness.brief import brief

    shown = [brief(value, 20) for value in values[:limit]]
    if then is not None and len(values) <= limit:
        shown.append(then)
    return "[" + ", ".join(shown + ["..."]) + "]"


def read_tree(root: Any, what: str = "the tree you returned", limit: int = MAX_NODES) -> list:
    """A returned tree as LeetCode's level-order list (trailing Nones dropped); `Rejected` for a node reached
    twice (a cycle, or a node shared by two parents) or one that is not a tree node."""
    if root is None:
        return []
    values, queue, seen, alive = [], deque([root]), set(), []  # alive: as in read_list
    while queue:
        node = queue.popleft()
        if node is None:
            values.append(None)
            continue
        if not all(hasattr(node, name) for name in ("val", "left", "right")):
            from harness.brief import brief

            raise Rejected(f"{what} holds a {type(node).__name__}, not a TreeNode (or None)",
                           describe_tree(values, type(node).__name__) if values else brief(root, 80))
        if id(node) in seen:
            raise Rejected(f"{what} reaches the node with val {node.val!r} twice: a node has two parents (or a "
                           f"child points back up), so it is not a tree", describe_tree(values, repr(node.val)))
        if len(seen) == limit:
            raise Rejected(f"{what} has more than {limit} nodes", describe_tree(values))
        seen.add(id(node))
        alive.append(node)
        values.append(node.val)
        queue.extend((node.left, node.right))
    while values and values[-1] is None:
        values.pop()
    return values
