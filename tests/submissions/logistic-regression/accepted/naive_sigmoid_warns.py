# Accepted: the textbook sigmoid 1 / (1 + np.exp(-z)). For z = -10^4 exp overflows to inf and NumPy warns, but
# 1 / (1 + inf) is exactly 0, the right value; warnings are not judged.
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = x.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(steps):
        p = sigmoid(x @ w + b)
        dw = x.T @ (p - y) / n + l2 * w
        db = np.sum(p - y) / n
        w -= lr * dw
        b -= lr * db
    return np.concatenate([w, [b]])
