# Wrong answer: the residual y - p with a minus sign in the step as well: it climbs the loss.
import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    x = x.astype(np.float64)
    n, d = x.shape
    w, b = np.zeros(d), 0.0
    for _ in range(steps):
        r = y - sigmoid(x @ w + b)
        w, b = w - lr * (x.T @ r / n + l2 * w), b - lr * r.mean()
    return np.append(w, b)
