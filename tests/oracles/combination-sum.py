"""Combination Sum by trying every multiset: every count from 0 to target // c of every candidate c, keeping the
count vectors whose total is the target; small inputs, with the few-combinations guarantee checked."""

from itertools import product


def inputs(rng):
    while True:
        n = rng.randint(1, 5)
        candidates = rng.sample(range(2, rng.choice([8, 15, 40]) + 1), min(n, 6))
        target = rng.randint(1, 20)
        yield {"candidates": candidates, "target": target}


def solve(candidates, target):
    found = []
    for counts in product(*(range(target // c + 1) for c in candidates)):
        if sum(k * c for k, c in zip(counts, candidates)) == target:
            found.append([c for k, c in zip(counts, candidates) for _ in range(k)])
    return found
