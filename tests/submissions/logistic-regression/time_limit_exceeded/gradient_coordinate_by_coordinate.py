# Time limit exceeded: each partial derivative as its own sum over the examples, recomputing every example's
# prediction (a dot product) inside it: O(steps * N * D^2) in pure Python, D times the work of the descent.
import math

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    rows = x.astype(np.float64).tolist()
    labels = [float(v) for v in y.tolist()]
    n, d = len(rows), len(rows[0])
    w, b = [0.0] * d, 0.0

    def predict(row):
        return sigmoid(sum(row[k] * w[k] for k in range(d)) + b)

    for _ in range(steps):
        grad = [sum((predict(rows[i]) - labels[i]) * rows[i][j] for i in range(n)) / n + l2 * w[j]
                for j in range(d)]
        grad_b = sum(predict(rows[i]) - labels[i] for i in range(n)) / n
        w = [w[j] - lr * grad[j] for j in range(d)]
        b -= lr * grad_b
    return np.array(w + [b])
