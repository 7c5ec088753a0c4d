# Accepted: the two-branch sigmoid through np.where (both branches are evaluated, so errstate silences the one that
# overflows), float32 inputs cast up, the update of both parameters at once from one residual.
import numpy as np


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    x = x.astype(np.float64)
    y = y.astype(np.float64)
    w = np.zeros(x.shape[1])
    b = 0.0
    for _ in range(steps):
        z = x @ w + b
        with np.errstate(over="ignore", invalid="ignore"):
            p = np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
        err = p - y
        w, b = w * (1 - lr * l2) - lr * (x.T @ err) / len(y), b - lr * err.mean()
    return np.r_[w, b]
