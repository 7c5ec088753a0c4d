"""Binary Tree Level Order Traversal on the level-order list itself: find every node's parent by LeetCode's rule
(the entries after the root fill the listed nodes' slots in order), its depth by climbing to the root, and group the
values by depth; the list is already left to right within a level, so each group keeps its order. No tree is
built."""


def inputs(rng):
    while True:
        n = rng.choice([0, 1, 2, 3, rng.randint(1, 30)])
        values, free = [], 0  # free: the child slots not taken yet
        for i in range(n):
            if i > 0:
                while free > 1 and rng.random() < 0.4:  # a null takes a slot
                    values.append(None)
                    free -= 1
                free -= 1
            values.append(rng.choice([0, 1, -1000, 1000, rng.randint(-1000, 1000), rng.randint(-3, 3)]))
            free += 2
        yield {"root": values}


def solve(root):
    parent, slots = {}, []
    for i, value in enumerate(root):
        if i > 0:
            owner = slots.pop(0)
            if value is not None:
                parent[i] = owner
        if value is not None:
            slots += [i, i]
    groups = {}
    for i, value in enumerate(root):
        if value is None:
            continue
        depth, j = 0, i
        while j in parent:
            j = parent[j]
            depth += 1
        groups.setdefault(depth, []).append(value)
    return [groups[d] for d in range(len(groups))]
