"""Validate Binary Search Tree on the level-order list itself, by the definition: give every node its position as the
string of turns ("L", "R") from the root, by LeetCode's rule (the entries after the root fill the listed nodes' left
and right slots in order); then for every pair of a node and a descendant, a descendant through the left must be
strictly smaller and one through the right strictly larger. O(n^2) pairs, no tree built."""

LOW, HIGH = -2**31, 2**31 - 1


def inputs(rng):
    while True:
        n = rng.choice([1, 2, 3, rng.randint(1, 15)])
        pool = rng.choice([[LOW, HIGH, 0, -1, 1], list(range(-3, 4)), [LOW, LOW + 1, HIGH - 1, HIGH, 0]])
        values, free = [], []  # free: a child slot not taken yet, in level order
        for i in range(n):
            if i:
                while len(free) > 1 and rng.random() < 0.3:
                    free.pop(0)
                    values.append(None)
                free.pop(0)
            values.append(rng.choice(pool))
            free += [i, i]
        if rng.random() < 0.6:  # mostly valid trees: the sorted distinct values placed in inorder, maybe one changed
            values = in_order_placed(values, rng)
        yield {"root": values}


def positions(root):
    where, slots = {}, []
    for i, value in enumerate(root):
        path = "" if i == 0 else slots.pop(0)
        if value is not None:
            where[path] = value
            slots += [path + "L", path + "R"]
    return where


def inorder_key(path):
    return [{"L": 0, "R": 2}[c] for c in path] + [1]  # left subtree, then the node, then the right subtree


def in_order_placed(values, rng):
    where = positions(values)
    spots = sorted(where, key=inorder_key)
    fresh = sorted(rng.sample(range(-50, 51), len(spots)))
    if rng.random() < 0.3:
        fresh[rng.randrange(len(fresh))] = rng.choice([LOW, HIGH, rng.randint(-50, 50)])
    numbered = dict(zip(spots, fresh))
    out, level = [], [""]
    while level:
        nxt = []
        for p in level:
            if p in numbered:
                out.append(numbered[p])
                nxt += [p + "L", p + "R"]
            else:
                out.append(None)
        level = nxt
    while out[-1] is None:
        out.pop()
    return out


def solve(root):
    where = positions(root)
    for a, va in where.items():
        for d, vd in where.items():
            if d.startswith(a + "L") and not vd < va:
                return False
            if d.startswith(a + "R") and not vd > va:
                return False
    return True
