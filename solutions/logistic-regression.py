import numpy as np


def logistic_regression(x: np.ndarray, y: np.ndarray, lr: float = 0.1, steps: int = 100,
                        l2: float = 0.0) -> np.ndarray:
    """Binary logistic regression by full-batch gradient descent from zeros; returns [w_1 .. w_D, b] in float64.

    The objective is mean binary cross-entropy + (l2 / 2) * ||w||^2, the bias not regularised, so each step is
    w -= lr * (x.T @ (p - y) / N + l2 * w) and b -= lr * mean(p - y), both gradients taken at the same point
    (a simultaneous update). The sigmoid never exponentiates a positive number: with e = exp(-|z|), p = 1 / (1 + e)
    for z >= 0 and e / (1 + e) for z < 0, exact to rounding for every z, with no overflow and no warning.
    """
    x = np.asarray(x, dtype=np.float64)
    target = np.asarray(y, dtype=np.float64)
    n, d = x.shape
    w, b = np.zeros(d), 0.0
    for _ in range(steps):
        z = x @ w + b
        e = np.exp(-np.abs(z))
        p = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
        error = p - target
        grad_w = x.T @ error / n + l2 * w
        grad_b = error.mean()
        w, b = w - lr * grad_w, b - lr * grad_b
    return np.append(w, b)
