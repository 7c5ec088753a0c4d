# Wrong answer: w as a (D, 1) column makes p an (N, 1) column, and p - y with y of shape (N,) broadcasts to (N, N):
# every later product is of the wrong shape (only N = 1 survives it).
import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    x = x.astype(np.float64)
    n, d = x.shape
    w = np.zeros((d, 1))
    b = 0.0
    for _ in range(steps):
        p = sigmoid(x @ w + b)
        r = p - y
        w, b = w - lr * (x.T @ r / n + l2 * w), b - lr * r.mean()
    return np.append(w, b)
