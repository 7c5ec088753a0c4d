"""Remove Nth Node From End of List on plain values: keep every position but the one n from the end."""


def inputs(rng):
    while True:
        values = [rng.randint(0, 4) for _ in range(rng.randint(1, 8))]
        yield {"head": values, "n": rng.randint(1, len(values))}


def solve(head, n):
    return [value for index, value in enumerate(head) if index != len(head) - n]
