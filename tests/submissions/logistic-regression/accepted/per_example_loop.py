# Accepted, and the slowest: the gradient accumulated one example at a time (NumPy rows, a scalar stable sigmoid),
# the way it is written on a whiteboard before vectorising.
import math

import numpy as np


def sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    x = x.astype(np.float64)
    n, d = x.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(steps):
        grad_w = np.zeros(d)
        grad_b = 0.0
        for i in range(n):
            r = sigmoid(float(x[i] @ w) + b) - float(y[i])
            grad_w += r * x[i]
            grad_b += r
        w = w - lr * (grad_w / n + l2 * w)
        b = b - lr * grad_b / n
    return np.append(w, b)
