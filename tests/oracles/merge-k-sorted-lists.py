"""Merge k Sorted Lists on plain values: repeatedly take the smallest head among the lists, scanning them all."""


def inputs(rng):
    while True:
        lists = []
        for _ in range(rng.randint(0, 5)):
            lists.append(sorted(rng.randint(-5, 5) for _ in range(rng.randint(0, 4))))
        yield {"lists": lists}


def solve(lists):
    positions, out = [0] * len(lists), []
    while True:
        best = None
        for i, values in enumerate(lists):
            if positions[i] < len(values) and (best is None or values[positions[i]] < lists[best][positions[best]]):
                best = i
        if best is None:
            return out
        out.append(lists[best][positions[best]])
        positions[best] += 1
