# Runtime error: 1 / (1 + math.exp(-z)) per example. math.exp raises OverflowError past 709, which z = -10^4 reaches
# (NumPy's exp would return inf instead).
import math

import numpy as np


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    x = x.astype(np.float64)
    n, d = x.shape
    w, b = np.zeros(d), 0.0
    for _ in range(steps):
        z = x @ w + b
        p = np.array([1.0 / (1.0 + math.exp(-v)) for v in z])
        r = p - y
        w, b = w - lr * (x.T @ r / n + l2 * w), b - lr * r.mean()
    return np.append(w, b)
