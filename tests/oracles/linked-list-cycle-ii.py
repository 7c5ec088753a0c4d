"""Linked List Cycle II on plain values: walk the indices the list describes (node i's next is i + 1, the tail's is
`pos`), marking each index visited in a list of flags; the first index visited twice is the entry (-1: the walk
ended)."""


def inputs(rng):
    while True:
        values = [rng.randint(-3, 3) for _ in range(rng.randint(0, 10))]
        pos = rng.randint(-1, len(values) - 1) if values and rng.random() < 0.75 else -1
        yield {"head": values, "pos": pos}


def solve(head, pos):
    visited = [False] * len(head)
    index = 0 if head else -1
    while index != -1:
        if visited[index]:
            return index
        visited[index] = True
        index = index + 1 if index + 1 < len(head) else pos
    return -1
