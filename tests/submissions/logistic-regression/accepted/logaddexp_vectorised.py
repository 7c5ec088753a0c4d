# Accepted: vectorised, the sigmoid as exp(-logaddexp(0, -z)), one parameter vector theta = [w, b] over x with a
# column of ones, the decay masked off the bias.
import numpy as np


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    n, d = x.shape
    design = np.hstack([x.astype(np.float64), np.ones((n, 1))])
    target = y.astype(np.float64)
    decay = np.append(np.full(d, l2), 0.0)
    theta = np.zeros(d + 1)
    for _ in range(steps):
        p = np.exp(-np.logaddexp(0.0, -(design @ theta)))
        theta = theta - lr * (design.T @ (p - target) / n + decay * theta)
    return theta
