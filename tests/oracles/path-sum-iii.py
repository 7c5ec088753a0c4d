"""Path Sum III on the level-order list itself: find every entry's parent by LeetCode's rule (the entries after the
root fill the listed nodes' left and right slots in order); then from every node climb to the root, adding the
values one by one, and count each partial sum equal to targetSum (each is the path from that ancestor down to the
node). No TreeNode is built."""


def inputs(rng):
    while True:
        n = rng.choice([0, 1, 2, 3, rng.randint(1, 25)])
        k = rng.choice([1, 2, 3, 10])
        values, free = [], []
        for i in range(n):
            if i:
                while len(free) > 1 and rng.random() < 0.4:
                    free.pop(0)
                    values.append(None)
                free.pop(0)
            values.append(rng.choice([rng.randint(-k, k), rng.randint(-k, k), 10**9, -10**9, 0]))
            free += [len(values) - 1, len(values) - 1]
        yield {"root": values, "targetSum": rng.choice([0, 1, -1, 2, rng.randint(-2 * k, 2 * k)])}


def solve(root, targetSum):
    parent, slots = {}, []
    for i, v in enumerate(root):
        if i:
            owner = slots.pop(0)
            if v is not None:
                parent[i] = owner
        if v is not None:
            slots += [i, i]
    count = 0
    for i, v in enumerate(root):
        if v is None:
            continue
        total, j = 0, i
        while True:
            total += root[j]
            count += total == targetSum
            if j not in parent:
                break
            j = parent[j]
    return count
