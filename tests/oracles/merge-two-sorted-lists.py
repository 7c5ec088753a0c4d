"""Merge Two Sorted Lists on plain values: repeatedly take out the smallest value left in either list."""


def inputs(rng):
    while True:
        yield {name: sorted(rng.randint(-5, 5) for _ in range(rng.randint(0, 6))) for name in ("list1", "list2")}


def solve(list1, list2):
    left, merged = list1 + list2, []
    while left:
        smallest = min(left)
        left.remove(smallest)
        merged.append(smallest)
    return merged
