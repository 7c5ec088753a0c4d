"""Palindrome Linked List on plain values: compare every position with its mirror, one pair at a time."""


def inputs(rng):
    while True:
        half = [rng.randint(0, 2) for _ in range(rng.randint(0, 5))]
        values = half + [rng.randint(0, 2)] * rng.randint(0, 1) + half[::-1]
        if rng.random() < 0.4:
            values = [rng.randint(0, 2) for _ in range(rng.randint(1, 10))]
        if not values:
            values = [rng.randint(0, 9)]
        yield {"head": values}


def solve(head):
    n = len(head)
    for i in range(n):
        if head[i] != head[n - 1 - i]:
            return False
    return True
