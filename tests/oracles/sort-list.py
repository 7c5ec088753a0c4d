"""Sort List on plain values: selection sort, taking out the smallest value left each time."""


def inputs(rng):
    while True:
        yield {"head": [rng.randint(-9, 9) for _ in range(rng.randint(0, 14))]}


def solve(head):
    left, out = list(head), []
    while left:
        smallest = min(left)
        left.remove(smallest)
        out.append(smallest)
    return out
