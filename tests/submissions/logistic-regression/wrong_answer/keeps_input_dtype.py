# Wrong answer: the weights start as np.zeros_like(x[0]) and updates are in place: float32 in, float32 out.
import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    n, d = x.shape
    w = np.zeros_like(x[0])
    b = np.zeros(1, dtype=x.dtype)
    for _ in range(steps):
        r = sigmoid(x @ w + b) - y
        w -= lr * (x.T @ r / n + l2 * w)
        b -= lr * r.mean()
    return np.concatenate([w, b])
