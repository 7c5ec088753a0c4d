# Accepted: z clipped to [-500, 500] before the textbook sigmoid, a common guard. sigmoid(500) is exactly 1.0 in
# float64 and sigmoid(-500) ~ 7e-218, so the residuals differ from the exact ones by far less than any tolerance.
import numpy as np


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = x.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(steps):
        z = np.clip(x @ w + b, -500, 500)
        p = 1.0 / (1.0 + np.exp(-z))
        grad_w = np.dot(x.T, p - y) / n + l2 * w
        grad_b = np.mean(p - y)
        w = w - lr * grad_w
        b = b - lr * grad_b
    return np.hstack([w, b])
