# Wrong answer: logits clipped to [-30, 30] before the sigmoid ("exp(30) is safe"), so p never gets closer to 0
# or 1 than e^-30 ~ 9e-14. Caught only by "saturated for 500 steps under weight decay", where that residual pushes
# the shrinking weights every step (3e-9 of them off); clipping at +-500 is harmless (accepted/clipped_logits.py).
import numpy as np


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = x.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(steps):
        z = x @ w + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        grad_w = x.T @ (p - y) / n + l2 * w
        grad_b = np.mean(p - y)
        w, b = w - lr * grad_w, b - lr * grad_b
    return np.append(w, b)

