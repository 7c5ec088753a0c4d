"""Binary Tree Maximum Path Sum on the level-order list itself: find every entry's parent by LeetCode's rule (the
entries after the root fill the listed nodes' left and right slots in order); every path is the unique route between
two nodes u and v (u = v allowed), so for every pair climb both to their lowest common ancestor, add the values on
the route, and keep the largest sum. No TreeNode is built."""


def inputs(rng):
    while True:
        n = rng.choice([1, 2, 3, rng.randint(1, 20)])
        k = rng.choice([3, 10, 1000])
        negative = rng.random() < 0.25
        values, free = [], []
        for i in range(n):
            if i:
                while len(free) > 1 and rng.random() < 0.4:
                    free.pop(0)
                    values.append(None)
                free.pop(0)
            values.append(rng.randint(-k, -1) if negative else rng.randint(-k, k))
            free += [len(values) - 1, len(values) - 1]
        yield {"root": values}


def solve(root):
    parent, slots = {}, []
    for i, v in enumerate(root):
        if i:
            owner = slots.pop(0)
            if v is not None:
                parent[i] = owner
        if v is not None:
            slots += [i, i]

    def up(i):
        chain = [i]
        while chain[-1] in parent:
            chain.append(parent[chain[-1]])
        return chain

    nodes = [i for i, v in enumerate(root) if v is not None]
    best = None
    for u in nodes:
        for v in nodes:
            a, b = up(u), up(v)
            common = next(x for x in a if x in b)
            route = a[:a.index(common) + 1] + b[:b.index(common)]
            total = sum(root[x] for x in route)
            best = total if best is None else max(best, total)
    return best
