"""Lowest Common Ancestor of a Binary Tree on the level-order list itself: find every entry's parent by LeetCode's
rule (the entries after the root fill the listed nodes' left and right slots in order); then for every node test
whether both p and q reach it by climbing parents, and answer the deepest such node's value. No TreeNode is built."""


def inputs(rng):
    while True:
        n = rng.choice([2, 3, rng.randint(2, 25)])
        values, free = [], []
        pool = rng.sample(range(-10**9, 10**9 + 1), n - 2) + [0, 7]
        rng.shuffle(pool)
        for i in range(n):
            if i:
                while len(free) > 1 and rng.random() < 0.4:
                    free.pop(0)
                    values.append(None)
                free.pop(0)
            values.append(pool[i])
            free += [len(values) - 1, len(values) - 1]
        p, q = rng.sample(pool, 2)
        yield {"root": values, "p": p, "q": q}


def solve(root, p, q):
    parent, slots = {}, []
    for i, v in enumerate(root):
        if i:
            owner = slots.pop(0)
            if v is not None:
                parent[i] = owner
        if v is not None:
            slots += [i, i]

    def climbs_to(start, target):
        while True:
            if start == target:
                return True
            if start not in parent:
                return False
            start = parent[start]

    def depth(i):
        return 0 if i not in parent else 1 + depth(parent[i])

    ip, iq = root.index(p), root.index(q)
    best = None
    for i, v in enumerate(root):
        if v is not None and climbs_to(ip, i) and climbs_to(iq, i):
            if best is None or depth(i) > depth(best):
                best = i
    return root[best]
