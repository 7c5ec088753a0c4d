"""Flatten Binary Tree to Linked List on the level-order list itself: give every entry its children by LeetCode's
rule (the entries after the root fill the listed nodes' left and right slots in order), list the indices in preorder
by a recursive walk, and write the answer as [v0, null, v1, null, ...]. No TreeNode is built."""


def inputs(rng):
    while True:
        n = rng.choice([0, 1, 2, 3, rng.randint(1, 30)])
        values, free = [], []  # free: the child slots not taken yet, in level order
        for i in range(n):
            if i:
                while len(free) > 1 and rng.random() < 0.4:
                    free.pop(0)
                    values.append(None)
                free.pop(0)
            values.append(rng.choice([0, 7, -100, 100, rng.randint(-100, 100)]))
            free += [i, i]
        yield {"root": values}


def solve(root):
    children, slots = {}, []
    for i, v in enumerate(root):
        if i:
            parent = slots.pop(0)
            children.setdefault(parent, []).append(i if v is not None else None)
        if v is not None:
            slots += [i, i]
    order = []

    def visit(i):
        if i is None:
            return
        order.append(root[i])
        kids = children.get(i, []) + [None, None]
        visit(kids[0])
        visit(kids[1])

    if root:
        visit(0)
    out = []
    for v in order:
        out += [v, None]
    return out[:-1]
