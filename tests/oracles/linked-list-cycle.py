"""Linked List Cycle on plain values: follow the indices the list describes (node i's next is i + 1, the tail's is
`pos`) for more steps than there are nodes; a walk that has not ended by then goes round for ever."""


def inputs(rng):
    while True:
        values = [rng.randint(-3, 3) for _ in range(rng.randint(0, 10))]
        pos = rng.randint(-1, len(values) - 1) if values and rng.random() < 0.7 else -1
        yield {"head": values, "pos": pos}


def solve(head, pos):
    n, index = len(head), 0 if head else None
    for _ in range(n + 1):
        if index is None:
            return False
        index = index + 1 if index + 1 < n else (pos if pos >= 0 else None)
    return True
