"""Binary Tree Inorder Traversal on the level-order list itself: give each listed node its left and right child
by LeetCode's rule (the entries after the root fill the listed nodes' slots in order, left then right), then spell
out the definition, inorder(node) = inorder(left) + [node] + inorder(right). No TreeNode is built."""


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

    def inorder(i):
        if i is None:
            return []
        return inorder(left.get(i)) + [root[i]] + inorder(right.get(i))

    return inorder(0) if root else []
