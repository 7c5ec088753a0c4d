# Wrong answer: the descent in x's dtype (float32 for float32 inputs), cast to float64 only at the end: ~1e-7 off.
import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    n, d = x.shape
    t = y.astype(x.dtype)
    w, b = np.zeros(d, dtype=x.dtype), x.dtype.type(0)
    for _ in range(steps):
        r = (sigmoid(x @ w + b) - t).astype(x.dtype)
        w = (w - x.dtype.type(lr) * (x.T @ r / x.dtype.type(n) + x.dtype.type(l2) * w)).astype(x.dtype)
        b = x.dtype.type(b - x.dtype.type(lr) * r.mean())
    return np.append(w, b).astype(np.float64)
