"""Convert Sorted Array to BST by brute force: every binary search tree of the values (each value tried as the root,
the smaller ones to its left and the larger to its right, every way), kept as nested (value, left, right) tuples,
and the first one whose every node has subtree heights differing by at most 1, written out level by level. Up to
8 values: at most 1430 trees."""


def inputs(rng):
    while True:
        n = rng.randint(1, 8)
        yield {"nums": sorted(rng.sample(range(-10**4, 10**4 + 1) if rng.random() < 0.5 else range(-10, 11), n))}


def every_bst(values):
    if not values:
        return [None]
    trees = []
    for i, v in enumerate(values):
        for left in every_bst(values[:i]):
            for right in every_bst(values[i + 1:]):
                trees.append((v, left, right))
    return trees


def height(tree):
    return 0 if tree is None else 1 + max(height(tree[1]), height(tree[2]))


def balanced(tree):
    return tree is None or (abs(height(tree[1]) - height(tree[2])) <= 1 and balanced(tree[1]) and balanced(tree[2]))


def solve(nums):
    tree = next(t for t in every_bst(list(nums)) if balanced(t))
    out, level = [], [tree]
    while level:
        out += [t[0] if t else None for t in level]
        level = [child for t in level if t for child in (t[1], t[2])]
    while out[-1] is None:
        out.pop()
    return out
