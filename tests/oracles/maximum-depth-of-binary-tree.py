"""Maximum Depth of Binary Tree on the level-order list itself: find every node's parent by LeetCode's rule (the
entries after the root fill the listed nodes' left and right slots in order), then climb from each node to the root
counting nodes, and keep the longest climb. No tree is built."""


def inputs(rng):
    while True:
        n = rng.choice([0, 1, 2, 3, rng.randint(1, 25)])
        values, free = [], []  # free: a child slot not taken yet (its parent's index), in level order
        for i in range(n):
            if i == 0:
                values.append(rng.randint(-100, 100))
                free = [0, 0]
                continue
            # skip some slots (a null), then take the next one
            while len(free) > 1 and rng.random() < 0.4:
                free.pop(0)
                values.append(None)
            free.pop(0)
            values.append(rng.choice([0, 1, -100, 100, rng.randint(-100, 100)]))
            free += [len(values) - 1, len(values) - 1]
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
    best = 0
    for i, value in enumerate(root):
        if value is None:
            continue
        count, j = 1, i
        while j in parent:
            j = parent[j]
            count += 1
        best = max(best, count)
    return best
