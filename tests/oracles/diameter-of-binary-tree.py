"""Diameter of Binary Tree on the level-order list itself: find every node's parent by LeetCode's rule (the entries
after the root fill the listed nodes' left and right slots in order), join each node to its parent by an undirected
edge, and take the largest distance found by a breadth-first search from every node. No tree is built."""


def inputs(rng):
    while True:
        n = rng.choice([1, 2, 3, rng.randint(1, 25)])
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
            values.append(rng.choice([0, -100, 100, rng.randint(-100, 100)]))
            free += [len(values) - 1, len(values) - 1]
        yield {"root": values}


def solve(root):
    neighbours, slots = {}, []
    for i, value in enumerate(root):
        owner = slots.pop(0) if i > 0 else None
        if value is None:
            continue
        neighbours[i] = []
        if owner is not None:
            neighbours[i].append(owner)
            neighbours[owner].append(i)
        slots += [i, i]
    best = 0
    for start in neighbours:
        distance, frontier = {start: 0}, [start]
        while frontier:
            nxt = []
            for u in frontier:
                for w in neighbours[u]:
                    if w not in distance:
                        distance[w] = distance[u] + 1
                        nxt.append(w)
            frontier = nxt
        best = max(best, max(distance.values()))
    return best
