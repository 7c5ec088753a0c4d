# Accepted: x is left as given (float32 or float64) and only the weights are float64: NumPy promotes x @ w and
# x.T @ r to float64, exactly as if x had been cast first (every float32 is a float64), so the answer is float64.
import numpy as np
from scipy.special import expit


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    n, d = x.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(steps):
        r = expit(x @ w + b) - y
        w, b = w - lr * (x.T @ r / n + l2 * w), b - lr * r.mean()
    return np.concatenate([w, [b]])
