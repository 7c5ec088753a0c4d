"""logistic_regression by the update rule written out over Python floats: every dot product and every sum a
math.fsum, the sigmoid from math.exp of a non-positive number only, on small problems of both x dtypes and the three
label dtypes, with step sizes below the stable bound (l2 from 0 to 1, up to 30 steps)."""

import math

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        n, d = rng.randint(1, 6), rng.randint(1, 4)
        x = gen.normal(0.0, rng.choice([0.5, 1.0, 3.0]), (n, d))
        y = gen.integers(0, 2, n)
        l2 = rng.choice([0.0, 0.0, 0.1, 1.0])
        frobenius = (float((x ** 2).sum()) + n) / (4 * n) + l2  # bounds the largest curvature from above
        given = {"x": x.astype(rng.choice([np.float32, np.float64])),
                 "y": y.astype(rng.choice([np.bool_, np.int64, np.float64])),
                 "lr": round(rng.uniform(0.05, 1.9) / frobenius, 6), "steps": rng.randint(0, 30), "l2": l2}
        if rng.random() < 0.2:
            del given["lr"], given["steps"], given["l2"]  # the defaults (lr = 0.1 is stable for these sizes)
        yield given


def sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def solve(x, y, lr=0.1, steps=100, l2=0.0):
    rows = [[float(value) for value in row] for row in x.tolist()]
    labels = [float(label) for label in y.tolist()]
    n, d = len(rows), len(rows[0])
    weights, bias = [0.0] * d, 0.0
    for _ in range(steps):
        residuals = [sigmoid(math.fsum([bias] + [row[j] * weights[j] for j in range(d)])) - label
                     for row, label in zip(rows, labels)]
        grad = [math.fsum(r * row[j] for r, row in zip(residuals, rows)) / n + l2 * weights[j] for j in range(d)]
        grad_bias = math.fsum(residuals) / n
        weights = [weights[j] - lr * grad[j] for j in range(d)]
        bias -= lr * grad_bias
    return np.array(weights + [bias], dtype=np.float64)
