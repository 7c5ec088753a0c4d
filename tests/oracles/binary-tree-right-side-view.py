"""Binary Tree Right Side View on the level-order list itself: find every node's parent by LeetCode's rule (the
entries after the root fill the listed nodes' left and right slots in order) and its depth by climbing to the root;
the list holds each level from left to right, so the last node listed at each depth is the one seen. No tree is
built."""


def inputs(rng):
    while True:
        n = rng.choice([0, 1, 2, 3, rng.randint(1, 25)])
        values, free = [], []  # free: a child slot not taken yet (its parent's index), in level order
        for i in range(n):
            if i == 0:
                values.append(rng.randint(-100, 100))
                free = [0, 0]
                continue
            while len(free) > 1 and rng.random() < 0.4:
                free.pop(0)
                values.append(None)
            free.pop(0)
            values.append(rng.choice([0, -100, 100, rng.randint(-3, 3), rng.randint(-100, 100)]))
            free += [len(values) - 1, len(values) - 1]
        yield {"root": values}


def solve(root):
    parent, slots = {}, []
    for i, value in enumerate(root):
        owner = slots.pop(0) if i > 0 else None
        if value is not None:
            parent[i] = owner
            slots += [i, i]
    seen = {}
    for i in parent:
        depth, j = 0, i
        while parent[j] is not None:
            j = parent[j]
            depth += 1
        seen[depth] = root[i]  # a later node at the same depth is further right
    return [seen[d] for d in range(len(seen))]
