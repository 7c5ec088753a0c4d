# Wrong answer: p clipped to [1e-12, 1 - 1e-12], the tight guard for log(p) (not 1e-7), kept in the gradient.
# Caught only by "saturated for 500 steps under weight decay": the weights shrink ~200-fold while every example
# stays saturated, so the clip's constant push of 1e-12 per example per step ends 3e-8 of the weights off.
import numpy as np


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = x.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(steps):
        z = x @ w + b
        p = np.clip(1.0 / (1.0 + np.exp(-np.clip(z, -500, 500))), 1e-12, 1 - 1e-12)
        grad_w = x.T @ (p - y) / n + l2 * w
        grad_b = np.mean(p - y)
        w, b = w - lr * grad_w, b - lr * grad_b
    return np.append(w, b)

