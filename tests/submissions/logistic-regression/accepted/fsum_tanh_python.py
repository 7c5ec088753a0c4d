# Accepted: pure Python floats, every sum exactly rounded with math.fsum, and the sigmoid as (1 + tanh(z / 2)) / 2
# (tanh saturates to +-1, no overflow): a summation order unlike any BLAS, still within 1e-15 of the scale.
import math

import numpy as np


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    rows = [[float(v) for v in row] for row in np.asarray(x)]
    labels = [float(v) for v in np.asarray(y)]
    n, d = len(rows), len(rows[0])
    w, b = [0.0] * d, 0.0
    for _ in range(steps):
        r = [0.5 * (1.0 + math.tanh(0.5 * (math.fsum(a * c for a, c in zip(row, w)) + b))) - t
             for row, t in zip(rows, labels)]
        grad_w = [math.fsum(r[i] * rows[i][j] for i in range(n)) / n + l2 * w[j] for j in range(d)]
        grad_b = math.fsum(r) / n
        w = [wj - lr * g for wj, g in zip(w, grad_w)]
        b -= lr * grad_b
    return np.array(w + [b])
