"""Reverse Linked List on plain values: the reverse of a list is its values read from the end."""


def inputs(rng):
    while True:
        yield {"head": [rng.randint(-9, 9) for _ in range(rng.randint(0, 12))]}


def solve(head):
    return [head[i] for i in range(len(head) - 1, -1, -1)]
