"""The ROC AUC by its definition: every (positive, negative) pair compared, in Python, counted exactly with
fractions.Fraction (a win 1, a tie 1/2), then rounded once to a float.

Small inputs (n from 2 to 40) of every label dtype the statement allows (bool, int32, int64, float64) and both
score dtypes, with scores drawn from a few values (many ties), from a grid, or continuous, now and then signed
zeros, and classes of any balance, one sample of a class included.
"""

from fractions import Fraction

import numpy as np

LABEL_DTYPES = (np.bool_, np.int32, np.int64, np.float64)


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        n = rng.randint(2, 40)
        positive = gen.random(n) < rng.choice([0.05, 0.3, 0.5, 0.9])
        positive[rng.sample(range(n), 2)] = [True, False]
        kind = rng.choice(["few", "grid", "continuous", "zeros"])
        if kind == "few":
            scores = gen.integers(0, rng.randint(1, 4), n) / 2.0
        elif kind == "grid":
            scores = np.round(gen.normal(positive * rng.uniform(0, 2), 1.0), 1)
        elif kind == "zeros":
            scores = gen.choice([-0.0, 0.0, 1.0, -1.0, 5e-324], n)
        else:
            scores = gen.normal(positive * rng.uniform(-1, 2), rng.choice([1e-3, 1.0, 100.0]))
        yield {"labels": positive.astype(rng.choice(LABEL_DTYPES)),
               "scores": scores.astype(rng.choice([np.float32, np.float64]))}


def solve(labels, scores):
    pairs = list(zip(labels.tolist(), scores.tolist()))
    pos = [s for y, s in pairs if y == 1]
    neg = [s for y, s in pairs if y == 0]
    wins = Fraction(0)
    for p in pos:
        for q in neg:
            if p > q:
                wins += 1
            elif p == q:
                wins += Fraction(1, 2)
    return float(wins / (len(pos) * len(neg)))
