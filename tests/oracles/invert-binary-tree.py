"""Invert Binary Tree on the level-order list itself: give each listed node its left and right child by LeetCode's
rule (the entries after the root fill the listed nodes' slots in order, left then right), read the mirror as
nested tuples, mirror(node) = (val, mirror(right), mirror(left)), and write that out level by level, a null for
each missing child of a listed node, the trailing nulls dropped. No TreeNode is built."""


def inputs(rng):
    while True:
        n = rng.choice([0, 1, 2, 3, rng.randint(1, 25)])
        values, free = [], 0  # free: the child slots not taken yet
        for i in range(n):
            if i > 0:
                while free > 1 and rng.random() < 0.4:  # a null takes a slot
                    values.append(None)
                    free -= 1
                free -= 1
            values.append(rng.choice([0, 1, -100, 100, rng.randint(-100, 100), rng.randint(-3, 3)]))
            free += 2
        yield {"root": values}


def solve(root):
    left, right, slots = {}, {}, []
    for i, value in enumerate(root):
        if i > 0:
            owner, side = slots.pop(0)
            if value is not None:
                (left if side == "L" else right)[owner] = i
        if value is not None:
            slots += [(i, "L"), (i, "R")]

    def mirror(i):
        if i is None:
            return None
        return (root[i], mirror(right.get(i)), mirror(left.get(i)))

    out, level = [], [mirror(0)] if root else []
    while level:
        below = []
        for node in level:
            out.append(None if node is None else node[0])
            if node is not None:
                below += [node[1], node[2]]
        level = below
    while out and out[-1] is None:
        out.pop()
    return out
