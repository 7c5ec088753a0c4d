# Accepted: no NumPy in the loop at all, lists of Python floats and a stable scalar sigmoid.
import math

import numpy as np


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    rows = x.astype(np.float64).tolist()
    labels = [float(v) for v in y.tolist()]
    n, d = len(rows), len(rows[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(steps):
        gw = [0.0] * d
        gb = 0.0
        for row, t in zip(rows, labels):
            z = b + sum(a * c for a, c in zip(row, w))
            p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else 1.0 - 1.0 / (1.0 + math.exp(z))
            r = p - t
            gb += r
            for j in range(d):
                gw[j] += r * row[j]
        w = [w[j] - lr * (gw[j] / n + l2 * w[j]) for j in range(d)]
        b -= lr * gb / n
    return np.array(w + [b])
