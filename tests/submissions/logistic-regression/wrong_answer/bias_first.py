# Wrong answer: the ones column prepended, so the bias comes first: [b, w_1, ..., w_D].
import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    n, d = x.shape
    design = np.hstack([np.ones((n, 1)), x.astype(np.float64)])
    decay = np.r_[0.0, np.full(d, l2)]
    theta = np.zeros(d + 1)
    for _ in range(steps):
        r = sigmoid(design @ theta) - y
        theta = theta - lr * (design.T @ r / n + decay * theta)
    return theta
