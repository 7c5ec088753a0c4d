"""Symmetric Tree on the level-order list itself: give every node its position as the string of turns ("L", "R")
from the root, by LeetCode's rule (the entries after the root fill the listed nodes' left and right slots in order),
then check that every position's mirror (each L and R swapped) holds a node with the same value. No tree is built."""


def inputs(rng):
    while True:
        n = rng.choice([1, 2, 3, rng.randint(1, 15)])
        values, free = [], []  # free: a child slot not taken yet, in level order
        for i in range(n):
            if i == 0:
                values.append(rng.randint(-3, 3))
                free = [0, 0]
                continue
            while len(free) > 1 and rng.random() < 0.3:
                free.pop(0)
                values.append(None)
            free.pop(0)
            values.append(rng.choice([0, 1, -100, 100, rng.randint(-3, 3)]))
            free += [len(values) - 1, len(values) - 1]
        if rng.random() < 0.5:  # mirror the left side onto the right: symmetric trees half the time
            values = symmetric_version(values)
        yield {"root": values}


def positions(root):
    where, slots = {}, []  # slots: (the position of a free child slot), in level order
    for i, value in enumerate(root):
        path = "" if i == 0 else slots.pop(0)
        if value is not None:
            where[path] = value
            slots += [path + "L", path + "R"]
    return where


def symmetric_version(values):
    """The tree with the root's left subtree kept and its mirror put on the right, as a level-order list."""
    where = {p: v for p, v in positions(values).items() if p == "" or p[0] == "L"}
    where.update({p.translate(str.maketrans("LR", "RL")): v for p, v in where.items() if p})
    out, level = [], [""]
    while level:
        nxt = []
        for p in level:
            if p in where:
                out.append(where[p])
                nxt += [p + "L", p + "R"]
            else:
                out.append(None)
        level = nxt
    while out and out[-1] is None:
        out.pop()
    return out


def solve(root):
    where = positions(root)
    flip = str.maketrans("LR", "RL")
    return all(where.get(p.translate(flip), None) == v for p, v in where.items())
