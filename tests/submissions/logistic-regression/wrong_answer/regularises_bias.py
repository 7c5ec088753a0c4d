# Wrong answer: the bias is decayed too (l2 * b in its gradient): the penalty covers [w, b] as one vector.
import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    n, d = x.shape
    design = np.hstack([x.astype(np.float64), np.ones((n, 1))])
    theta = np.zeros(d + 1)
    for _ in range(steps):
        r = sigmoid(design @ theta) - y
        theta = theta - lr * (design.T @ r / n + l2 * theta)
    return theta
