"""Kth Smallest Element in a BST on the level-order list itself: the tree's values, whatever their places, sorted,
and the k-th taken. The small inputs are BSTs grown by inserting distinct random values one by one (a node kept as
[value, left, right] lists), then written out level by level."""


def inputs(rng):
    while True:
        n = rng.choice([1, 2, 3, rng.randint(1, 25)])
        root = None
        for v in rng.sample(range(rng.choice([n, 30, 10**4 + 1])), n):
            new = [v, None, None]
            if root is None:
                root = new
                continue
            node = root
            while True:
                side = 1 if v < node[0] else 2
                if node[side] is None:
                    node[side] = new
                    break
                node = node[side]
        values, level = [], [root]
        while level:
            values += [node[0] if node else None for node in level]
            level = [child for node in level if node for child in (node[1], node[2])]
        while values[-1] is None:
            values.pop()
        yield {"root": values, "k": rng.randint(1, n)}


def solve(root, k):
    return sorted(v for v in root if v is not None)[k - 1]
