# Accepted: the whole descent in np.longdouble (80-bit on x86), cast back to float64 at the end: more precise than
# the reference, so it agrees to ~1e-15 of the largest weight on every (well-conditioned) case.
import numpy as np


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    x = np.asarray(x, dtype=np.longdouble)
    y = np.asarray(y, dtype=np.longdouble)
    lr, l2 = np.longdouble(lr), np.longdouble(l2)
    n, d = x.shape
    w = np.zeros(d, dtype=np.longdouble)
    b = np.longdouble(0)
    for _ in range(steps):
        z = x @ w + b
        e = np.exp(-np.abs(z))
        p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
        r = p - y
        w, b = w - lr * (x.T @ r / n + l2 * w), b - lr * r.mean()
    return np.append(w, b).astype(np.float64)
