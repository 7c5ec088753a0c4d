# Compile error: the function is called logistic_regression_gd, so the grader finds no `logistic_regression`.
import numpy as np


def logistic_regression_gd(x, y, lr=0.1, steps=100, l2=0.0):
    w = np.zeros(x.shape[1] + 1)
    design = np.hstack([x, np.ones((len(x), 1))])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(design @ w)))
        w -= lr * design.T @ (p - y) / len(x)
    return w
